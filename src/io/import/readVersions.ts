import { t } from '../../i18n/t';
import type { Plan } from '../../model/plan';
import { computeTable, type Table } from '../../model/table';
import type { FiguresOf } from './checkChanges';
import { checkDerived, type Mismatch } from './checkDerived';
import { inputChanges, type CellChange } from './inputChanges';
import type { ColumnMap } from './mapColumns';
import { withInputs } from './matchPlan';
import { cellProblem, checked, type Checked, type ColumnName, type ImportProblem } from './problems';
import { readAmounts } from './readAmounts';
import type { FileRow } from './readLines';

/** Another version of a file's figures, as the changes that make it from the figures it is compared with: a scenario to be. */
export interface VersionPreview {
  readonly name: string;
  readonly changes: readonly CellChange[];
}

/**
 * Each other version of the figures (zero real growth beside real growth):
 * its inputs read as the plan's are, its own sums checked against them, and
 * the changes that make it from `base` (the plan's own figures for a plan of
 * its own, the scenario shown for changes to it).
 */
export function readVersions(
  file: { readonly name: string; readonly lines: readonly FileRow[]; readonly columns: ColumnMap; readonly decimal: ',' | '.'; readonly blankIsNil: boolean },
  plan: Plan,
  base: Table,
  columnName: ColumnName,
): Checked<{ versions: VersionPreview[]; mismatches: Mismatch[]; sources: FiguresOf[] }> {
  const problems: ImportProblem[] = [];
  const versions: VersionPreview[] = [];
  const mismatches: Mismatch[] = [];
  const sources: FiguresOf[] = [];
  for (const version of file.columns.versions) {
    const amounts = readAmounts(file.lines, version.years, file.decimal, columnName, file.blankIsNil);
    if (!amounts.ok) {
      problems.push(...amounts.problems);
      continue;
    }
    for (const r of file.lines) {
      (amounts.value.inputs.get(r.code) ?? []).forEach((value, k) => {
        const { index, year } = version.years[k]!;
        if (value.decimalPlaces() > plan.precision) problems.push(cellProblem({ row: r.row, column: columnName(index), label: year }, t('import.version.tooPrecise', { value: value.toFixed(), precision: String(plan.precision) })));
      });
    }
    const table = computeTable(withInputs(plan, amounts.value.inputs));
    const derived = checkDerived(file.lines, { ...file.columns, years: version.years, ranges: [], figures: version.figures }, table, file.decimal, columnName);
    if (derived.ok) mismatches.push(...derived.value.mismatches);
    else problems.push(...derived.problems);
    versions.push({ name: version.name, changes: inputChanges(base, table) });
    sources.push({ figures: version.figures, table });
  }
  return checked({ versions, mismatches, sources }, problems);
}

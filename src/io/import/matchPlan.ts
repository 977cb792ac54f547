import { t } from '../../i18n/t';
import { ZERO, type Amount } from '../../model/amount';
import { IMPORTED_BASELINE, LINE_HEADING, PUBLISHED_PLAN, REDUCTION_ID, isGroup, planProblems, signedRows, type Biennium, type Plan, type PlanLine } from '../../model/plan';
import { isLineRow, rowOf, type Table } from '../../model/table';
import type { RangeColumn, YearColumn } from './mapColumns';
import { periodSpan } from './periodHeading';
import { cellProblem, checked, fileProblem, type Checked, type ColumnName } from './problems';
import type { FileRow } from './readLines';
import type { Amounts } from './readAmounts';
import { isMessage, listed } from './messages';

/** "1 category", "3 periods", "4 years": what a plan of its own has across. */
const countedColumns = (count: number, isCategories: boolean, years: readonly string[]) =>
  isCategories ? t('import.count.categories', { count }) : years.some((y) => y.includes('-')) ? t('import.count.periods', { count }) : t('import.count.years', { count });

/** Whether a note is the one saying what the file's figures are in (said by the file, or not): replaced when the person says it. */
export const isUnitNote = (note: string): boolean => isMessage(note, 'import.plan.unitUnsaid', ['unit']) || isMessage(note, 'import.plan.unitSaid', ['unit']);

/** Whether a note is the one saying that the file is read as a plan of its own. */
export const isOwnPlanNote = (note: string): boolean => isMessage(note, 'import.plan.own', ['title', 'lines', 'columns']);

/** How a table of categories heads its row totals. */
const CATEGORY_TOTAL = 'Total';

/** The plan and scenario shown when the file is read. */
export interface Current {
  readonly plan: Plan;
  readonly table: Table;
  /** The scenario shown, by name; absent for the baseline. */
  readonly scenarioName?: string;
}

/** The plan the file's figures make: the current one with new inputs, or a plan of its own. */
export interface PlanMatch {
  readonly kind: 'changes' | 'new-plan';
  readonly plan: Plan;
  readonly notes: readonly string[];
  /** Whether the file says what its figures are in (the current plan's unit holds for changes to it). */
  readonly unitSaid: boolean;
}

/** What the file holds, read and nested, for the plan match. */
export interface FileTable {
  /** How the source is named: "budget.csv", or "budget.xlsx, sheet “Plan”". */
  readonly name: string;
  readonly rows: readonly FileRow[];
  readonly years: readonly YearColumn[];
  readonly columnsAre?: 'periods' | 'categories';
  readonly ranges: readonly RangeColumn[];
  readonly amounts: Amounts;
  /** What the lines above its headings say: its title and unit (titleLines.ts). */
  readonly title?: string;
  readonly unit?: string;
  /** The heading of its names' column, as written: "Sector", "Object of expenditure", or `name`. */
  readonly lineHeading?: string;
  /** Where it holds several versions of its figures (see versions.ts), their names, the table's first. */
  readonly versionNames?: readonly string[];
}

const linesOf = (file: FileTable) => file.rows.filter((r) => r.kind === 'line' || r.kind === 'memo' || r.kind === 'group');

/** Whether the file has the current plan's years, lines and groups, in its order. */
export function isCurrentPlan(file: FileTable, current: Current): boolean {
  const fileStructure = JSON.stringify({ years: file.years.map((y) => y.year), lines: linesOf(file).map((r) => [r.code, r.parent]) });
  const currentStructure = JSON.stringify({
    years: current.plan.years,
    lines: current.table.rows.filter(isLineRow).map((r) => [r.id, r.ancestors[0] ?? null]),
  });
  return fileStructure === currentStructure;
}

/** The plan with other inputs for its lines and its reduction (each kept where none is given): a file's figures, or another version's. */
export function withInputs(plan: Plan, inputs: ReadonlyMap<string, readonly Amount[]>): Plan {
  const replace = (lines: readonly PlanLine[]): PlanLine[] =>
    lines.map((line) => (isGroup(line) ? { ...line, children: replace(line.children) } : { ...line, amounts: inputs.get(line.code) ?? line.amounts }));
  return { ...plan, lines: replace(plan.lines), reduction: { ...plan.reduction, amounts: inputs.get(REDUCTION_ID) ?? plan.reduction.amounts } };
}

/** The current plan with the file's inputs, which may not be finer than its precision; its names are kept. */
function samePlan(file: FileTable, current: Current, columnName: ColumnName): Checked<PlanMatch> {
  const { inputs } = file.amounts;
  const { precision } = current.plan;
  // The plan's own lines keep what they are: one that is no adjustment there may not be below zero from a file.
  const signed = signedRows(current.plan.lines);
  const problems = file.rows.flatMap((r) =>
    (inputs.get(r.code) ?? []).flatMap((value, k) => {
      const { index, year } = file.years[k]!;
      const place = { row: r.row, column: columnName(index), label: year };
      if (value.decimalPlaces() > precision) return [cellProblem(place, t('import.plan.tooPrecise', { value: value.toFixed(), precision: String(precision) }))];
      const isBelowZero = value.isNegative() && !value.isZero() && r.kind !== 'reduction' && !signed.has(r.code);
      return isBelowZero ? [cellProblem(place, t('import.amount.negative', { text: value.toFixed() }))] : [];
    }),
  );
  const notes: string[] = [];
  const renamed = linesOf(file).filter((r) => r.name !== '' && current.table.rows[current.table.index.get(r.code)!]?.name !== r.name);
  if (renamed.length > 0) notes.push(t('import.plan.namesDiffer', { codes: listed(renamed.map((r) => r.code)) }));
  const hasReduction = file.rows.some((r) => r.kind === 'reduction');
  if (!hasReduction) notes.push(t('import.plan.noReduction'));
  // Without a reduction row, the reduction of the scenario shown is kept.
  const given = hasReduction ? inputs : new Map([...inputs, [REDUCTION_ID, rowOf(current.table, REDUCTION_ID).years]]);
  return checked({ kind: 'changes', plan: withInputs(current.plan, given), notes, unitSaid: true }, problems);
}

/** A plan of the file's own lines, groups, years and biennia, as precise as its most precise figure. */
function newPlan(file: FileTable, current: Current): Checked<PlanMatch> {
  const { inputs, scale } = file.amounts;
  const lines = linesOf(file);
  const years = file.years.map((y) => y.year);
  // The whole period runs from the first input's first year to the last one's last: 2024-2027 over 2024-2025 and 2026-2027.
  const isCategories = file.columnsAre === 'categories';
  // Fiscal years ("2014/15") are a period from the first to the last as written.
  const isFiscal = years[0]?.includes('/') === true;
  const periodLabel = isCategories ? CATEGORY_TOTAL : years.length > 1 ? (isFiscal ? `${years[0]}-${years.at(-1)}` : `${periodSpan(years[0]!).first}-${periodSpan(years.at(-1)!).last}`) : years[0]!;
  const build = (parent: string | null): PlanLine[] =>
    lines
      .filter((r) => r.parent === parent)
      .map((r): PlanLine =>
        r.kind === 'group'
          ? { code: r.code, name: r.name || r.code, children: build(r.code) }
          : { code: r.code, name: r.name || r.code, amounts: inputs.get(r.code)!, ...(r.kind === 'memo' ? { memo: true } : {}), ...(r.kind === 'line' && (r.signed === true || file.amounts.belowZero.has(r.code)) ? { signed: true } : {}) },
      );
  const biennia: Biennium[] = file.ranges
    .map((b) => ({ id: b.id, years: years.filter((y) => periodSpan(y).first >= Number(b.first) && periodSpan(y).last <= Number(b.last)) }))
    .filter((b) => b.years.length > 0 && b.id !== periodLabel && !isCategories);
  const reductionRow = file.rows.find((r) => r.kind === 'reduction');
  const reduction: readonly Amount[] = reductionRow ? inputs.get(REDUCTION_ID)! : years.map(() => ZERO);
  const plan: Plan = {
    id: `import:${file.name}`,
    title: file.title ?? t('import.plan.importedTitle', { source: file.name }),
    source: file.name,
    unit: file.unit ?? current.plan.unit,
    precision: scale,
    envelope: ZERO,
    note: '',
    years,
    biennia,
    periodLabel,
    lines: build(null),
    // Several deductions taken off together are named together ("Vacancy factor; Efficiency savings").
    reduction: { name: file.rows.filter((r) => r.kind === 'reduction').map((r) => r.name).filter((n) => n !== '').join('; ') || t('import.plan.reductionName'), amounts: reduction },
    // A file's table is not Appendix A: named after the import, no eyebrow, and a line may be zero.
    baselineName: IMPORTED_BASELINE,
    eyebrow: '',
    requiresFunding: false,
    // A file in this app's own layout heads its names `name`: what they are is not said.
    // Subtotal and Total as the table names them ("Total gross appropriations", "TOTAL REVENUE").
    subtotalName: file.rows.find((r) => r.kind === 'subtotal')?.name || PUBLISHED_PLAN.subtotalName,
    totalName: file.rows.find((r) => r.kind === 'total')?.name || PUBLISHED_PLAN.totalName,
    ...(isCategories ? { columnsAre: 'categories' as const } : {}),
    // A table with no deduction shows no Subtotal and no reduction of nil: its Total is the sum of its lines.
    ...(reductionRow ? {} : { showsReduction: false }),
    lineHeading: file.lineHeading === undefined || /^(name|line|)$/i.test(file.lineHeading.trim()) ? LINE_HEADING : file.lineHeading.trim(),
  };
  const note = t('import.plan.own', { title: current.plan.title, lines: t('import.count.lines', { count: lines.length }), columns: countedColumns(years.length, isCategories, years) });
  const unitNote = file.unit === undefined ? t('import.plan.unitUnsaid', { unit: plan.unit }) : t('import.plan.unitSaid', { unit: plan.unit });
  return checked({ kind: 'new-plan', plan, notes: [note, unitNote], unitSaid: file.unit !== undefined }, planProblems(plan).map(fileProblem));
}

/** Plan match: the current plan when the file has its lines, groups and years, else a plan of the file's own. */
export function matchPlan(file: FileTable, current: Current, columnName: ColumnName): Checked<PlanMatch> {
  // A file of several versions (real growth beside zero real growth) shown over a scenario named as one of them (the
  // last edition's "Zero real growth") is a plan of its own: the table's version written into another's scenario is not meant.
  const isVersionShown = current.scenarioName !== undefined && (file.versionNames ?? []).includes(current.scenarioName);
  return isCurrentPlan(file, current) && !isVersionShown ? samePlan(file, current, columnName) : newPlan(file, current);
}

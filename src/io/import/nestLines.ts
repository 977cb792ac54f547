import { t } from '../../i18n/t';
import { listedByAnd } from './messages';
import { DEDUCTION_PREFIX, type FileRow } from './readLines';
import { checked, fileProblem, rowProblem, type Checked, type ImportProblem } from './problems';

const isLine = (row: FileRow) => row.kind === 'line' || row.kind === 'memo' || row.kind === 'group';

/** A code that goes on from another: after a separator (H1.1 after H1), or by one letter after a number (1a after 1). */
const goesOn = (code: string, from: string) =>
  code.startsWith(from) && (/^[.\-_ ]/.test(code.slice(from.length)) || (/\d$/.test(from) && /^[a-z]$/i.test(code.slice(from.length))));

/**
 * Without a parent column, a line is in the line whose code begins its own and goes on from it: H1.1 is in H1, 1a in 1;
 * the nearest such, the longest. Its own code's beginnings are looked up, not every line's code (20 000 lines).
 */
function parentsByCode(lines: readonly FileRow[]): Map<FileRow, string | null> {
  // An "of which" line holds no lines.
  const holders = new Map(lines.filter((p) => p.kind !== 'memo').map((p) => [p.code, p]));
  return new Map(
    lines.map((r) => {
      for (let length = r.code.length - 1; length > 0; length--) {
        const p = holders.get(r.code.slice(0, length));
        if (p !== undefined && p !== r && goesOn(r.code, p.code)) return [r, p.code];
      }
      return [r, r.parent];
    }),
  );
}

function structureProblems(lines: readonly FileRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byCode = new Map(lines.map((r) => [r.code, r]));
  for (const r of lines) {
    for (let p = r.parent, depth = 0; p !== null; p = byCode.get(p)?.parent ?? null, depth++) {
      if (p === r.code || depth > lines.length) {
        problems.push(rowProblem(r.row, t('import.nest.insideItself', { code: r.code })));
        break;
      }
    }
    if (r.kind === 'group' && !lines.some((c) => c.parent === r.code)) {
      problems.push(rowProblem(r.row, t('import.nest.emptyGroup', { code: r.code })));
    }
  }
  if (lines.length === 0) problems.push(fileProblem(t('import.nest.noLines')));
  return problems;
}

/**
 * Groups: each line's parent, by the parent column or else by its code, and
 * every line that has lines in it a group. Refuses two Subtotals (reductions,
 * Totals), a parent that is not a line of the file, a line inside itself, a
 * group with no lines and a file with no lines.
 */
export function nestLines(rows: readonly FileRow[], hasParentColumn: boolean, addsUp: (parent: FileRow, children: readonly FileRow[]) => boolean = () => true): Checked<FileRow[]> {
  const problems: ImportProblem[] = [];
  for (const kind of ['subtotal', 'total', 'reduction'] as const) {
    const found = rows.filter((r) => r.kind === kind);
    // Deductions numbered by readLines.ts are taken off together.
    const isTogether = kind === 'reduction' && found.every((r) => r.code.startsWith(DEDUCTION_PREFIX));
    if (found.length > 1 && !isTogether) problems.push(fileProblem(t('import.nest.twice', { rows: listedByAnd(found.map((r) => r.row)), kind })));
  }
  const lines = rows.filter(isLine);
  const parentOf = hasParentColumn ? new Map(lines.map((r) => [r, r.parent])) : parentsByCode(lines);
  // A line whose code only begins others' (2.1 before 2.1a), with figures of its own that are not theirs, holds none of them.
  // (The children gathered by parent in one pass: 20 000 lines are not each searched for.)
  if (!hasParentColumn) {
    const childrenOf = new Map<string, FileRow[]>();
    for (const r of lines) {
      const parent = parentOf.get(r);
      if (parent === null || parent === undefined || parent === r.parent) continue;
      const known = childrenOf.get(parent);
      if (known === undefined) childrenOf.set(parent, [r]);
      else known.push(r);
    }
    for (const p of lines) {
      const children = childrenOf.get(p.code) ?? [];
      if (children.length > 0 && !addsUp(p, children)) for (const r of children) parentOf.set(r, r.parent);
    }
  }
  const codes = new Set(lines.map((r) => r.code));
  const groups = new Set<string>();
  for (const r of lines) {
    const parent = parentOf.get(r)!;
    if (parent === null) continue;
    if (codes.has(parent) && lines.find((p) => p.code === parent)?.kind === 'memo') problems.push(rowProblem(r.row, t('import.nest.parentIsMemo', { parent })));
    else if (codes.has(parent)) groups.add(parent);
    else problems.push(rowProblem(r.row, t('import.nest.parentUnknown', { parent })));
  }
  const nested = rows.map((r) => (isLine(r) ? { ...r, parent: parentOf.get(r)!, kind: groups.has(r.code) ? ('group' as const) : r.kind } : r));
  problems.push(...structureProblems(nested.filter(isLine)));
  return checked(nested, problems);
}

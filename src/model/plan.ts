import type { Amount } from './amount';
import type { PlanTranslations } from './planWords';
import type { ChangeSpec } from './columns';
import { financeProblems, type FinancialPlan } from './finance/financialPlan';
import { say } from './say';

/**
 * A plan is data: which lines, which years, how years group into biennia.
 * Nothing in the engine knows there are five priorities or four years.
 */

/** A group of consecutive years with a total column of its own (a biennium in Appendix A). */
export interface Biennium {
  readonly id: string;
  readonly years: readonly string[];
}

/** A line with yearly amounts, aligned with `Plan.years`: the inputs. */
export interface LeafLine {
  readonly code: string;
  readonly name: string;
  readonly amounts: readonly Amount[];
  /**
   * An "of which" line: part of the line just before it among its siblings,
   * shown but not added into any sum (its group's, Subtotal, Total).
   */
  readonly memo?: boolean;
  /**
   * An adjustment whose figures may be below zero (exchange differences, a
   * transfer to the Reserve): added like any line, but no share of the
   * lines' money, so proportional spreads and compensation pass it by.
   */
  readonly signed?: boolean;
}

/** A line whose amounts are the sums of its children's. */
export interface GroupLine {
  readonly code: string;
  readonly name: string;
  readonly children: readonly PlanLine[];
}

export type PlanLine = LeafLine | GroupLine;

export interface Plan {
  readonly id: string;
  readonly title: string;
  /** The document the figures come from. */
  readonly source: string;
  /** What one unit of an amount is, e.g. "CHF thousands". */
  readonly unit: string;
  /** Decimal places amounts carry (0 = whole units). */
  readonly precision: number;
  /** The indicative envelope the Total is measured against. */
  readonly envelope: Amount;
  /** The document's note on the envelope, shown under the table. */
  readonly note: string;
  readonly years: readonly string[];
  readonly biennia: readonly Biennium[];
  /** Label of the whole period's total column, e.g. "2028-2031". */
  readonly periodLabel: string;
  readonly lines: readonly PlanLine[];
  readonly reduction: { readonly name: string; readonly amounts: readonly Amount[] };
  /** What the plan's own figures are called beside scenarios: "Published baseline" for a document's table, "As imported" for a file's. */
  readonly baselineName: string;
  /** The line above the title in print and in the workbook: "APPENDIX A", or empty. */
  readonly eyebrow: string;
  /** Appendix A's principle that no element remains unfunded (every line above zero every year): a rule of this plan, not of every plan. */
  readonly requiresFunding: boolean;
  /** The plan's words in other languages, where it gives them (see planLanguage.ts). */
  readonly translations?: PlanTranslations;
  /** What the lines are, as the table heads their names: "Thematic priority", "Sector", "Object of expenditure". */
  readonly lineHeading: string;
  /** How the table names the sum of its lines and the sum after the reduction: "Subtotal" and "Total", or "Total gross appropriations" and "Estimated net appropriations". */
  readonly subtotalName: string;
  readonly totalName: string;
  /**
   * What the input columns are: years and periods (absent, the default), or
   * categories such as Sectors or objectives, whose Total row also gets each
   * column's share of the whole.
   */
  readonly columnsAre?: 'periods' | 'categories';
  /** Columns of changes between two of its amount columns (a variance, a variance in per cent), derived; none by default. */
  readonly changes?: readonly ChangeSpec[];
  /**
   * Whether the table has a deduction (Appendix A's reduction, "Less:
   * estimated income"): absent, it has. A table without one shows neither
   * Subtotal nor the reduction while the reduction is zero; Total is then
   * the sum of its lines.
   */
  readonly showsReduction?: boolean;
  /** The revenue that funds the Total (see finance/financialPlan.ts): present, the envelope is what it funds. */
  readonly finance?: FinancialPlan;
}

/** The settings of a document's table, which plans written before they existed take. */
export const PUBLISHED_PLAN = { baselineName: 'Published baseline', eyebrow: 'APPENDIX A', requiresFunding: true, lineHeading: 'Thematic priority', subtotalName: 'Subtotal', totalName: 'Total' } as const;
/** How an imported table heads its lines when the file does not say (its name column is headed `name`, or not at all). */
export const LINE_HEADING = 'Line';
/** What a table imported from a file calls its own figures (it has no eyebrow, and zeros are allowed). */
export const IMPORTED_BASELINE = 'Table as imported';

/** The baseline's name inside a sentence: "published baseline", "table as imported". */
export const baselineWords = (plan: Pick<Plan, 'baselineName'>): string => `${plan.baselineName.charAt(0).toLowerCase()}${plan.baselineName.slice(1)}`;

/** The eyebrow as a title begins: "Appendix A – ", or nothing. */
export const eyebrowPrefix = (plan: Pick<Plan, 'eyebrow'>): string =>
  plan.eyebrow === '' ? '' : `${plan.eyebrow.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())} – `;

/** Row ids the engine owns; no line may use them as its code. */
export const SUBTOTAL_ID = 'subtotal';
export const REDUCTION_ID = 'reduction';
export const TOTAL_ID = 'total';
/** Column ids besides years and biennia. */
export const TOTAL_COLUMN = 'total';
export const SHARE_COLUMN = 'share';

export const isGroup = (line: PlanLine): line is GroupLine => 'children' in line;
/** An "of which" line, shown and not added. */
export const isMemo = (line: PlanLine): boolean => !isGroup(line) && line.memo === true;
/** An adjustment: a line whose figures may be below zero (see LeafLine.signed). */
export const isSigned = (line: PlanLine): boolean => !isGroup(line) && line.signed === true;

const signedMemo = new WeakMap<readonly PlanLine[], ReadonlySet<string>>();
/** The codes of the plan's adjustments and of the groups that hold one: rows whose figures and shares may be below zero. */
export function signedRows(lines: readonly PlanLine[]): ReadonlySet<string> {
  const known = signedMemo.get(lines);
  if (known !== undefined) return known;
  const found = new Set<string>();
  const visit = (list: readonly PlanLine[]): boolean => {
    let holds = false;
    for (const line of list) {
      const isHeld = isGroup(line) ? visit(line.children) : line.signed === true;
      if (isHeld) found.add(line.code);
      holds ||= isHeld;
    }
    return holds;
  };
  visit(lines);
  signedMemo.set(lines, found);
  return found;
}

/** What the plan's input columns are, in a field's words: years, periods longer than a year (2010-2011), or categories. */
export const inputsAre = (plan: Pick<Plan, 'columnsAre' | 'years'>): 'years' | 'periods' | 'categories' =>
  plan.columnsAre === 'categories' ? 'categories' : plan.years.some((year) => year.includes('-')) ? 'periods' : 'years';

/** Whether the plan's input columns are categories rather than periods. */
export const hasCategories = (plan: Pick<Plan, 'columnsAre'>): boolean => plan.columnsAre === 'categories';

export class PlanError extends Error {
  override readonly name = 'PlanError';
}

/** Every line in plan order, groups before their children. */
export function* walkLines(
  lines: readonly PlanLine[],
  parent: GroupLine | null = null,
  depth = 0,
): Generator<{ line: PlanLine; parent: GroupLine | null; depth: number }> {
  for (const line of lines) {
    yield { line, parent, depth };
    if (isGroup(line)) yield* walkLines(line.children, line, depth + 1);
  }
}

/**
 * What is wrong with a plan's structure, one message per problem, each naming
 * the line, year or biennium. Empty when the plan can be computed.
 */
export function planProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const years = new Set<string>();
  if (plan.years.length === 0) problems.push(say('model.plan.noYears'));
  for (const year of plan.years) {
    if (year.trim() === '') problems.push(say('model.plan.emptyYear'));
    if (years.has(year)) problems.push(say('model.plan.yearTwice', { year }));
    years.add(year);
  }
  if (!Number.isInteger(plan.precision) || plan.precision < 0 || plan.precision > 6) {
    problems.push(say('model.plan.precision', { precision: String(plan.precision) }));
  }

  const columnIds = new Set<string>([...years, TOTAL_COLUMN, SHARE_COLUMN]);
  for (const year of years) {
    if (year === TOTAL_COLUMN || year === SHARE_COLUMN) problems.push(say('model.plan.yearReserved', { year }));
  }
  const placed = new Map<string, string>();
  for (const biennium of plan.biennia) {
    if (columnIds.has(biennium.id)) problems.push(say('model.plan.bienniumIdTaken', { id: biennium.id }));
    columnIds.add(biennium.id);
    if (biennium.years.length === 0) problems.push(say('model.plan.bienniumEmpty', { id: biennium.id }));
    const positions = biennium.years.map((year) => plan.years.indexOf(year));
    biennium.years.forEach((year, i) => {
      if (positions[i] === -1) problems.push(say('model.plan.bienniumYearMissing', { id: biennium.id, year }));
      const other = placed.get(year);
      if (other !== undefined) problems.push(say('model.plan.yearInTwo', { year, first: other, second: biennium.id }));
      placed.set(year, biennium.id);
    });
    const consecutive = positions.every((position, i) => i === 0 || position === (positions[i - 1] ?? -2) + 1);
    if (!positions.includes(-1) && !consecutive) {
      problems.push(say('model.plan.bienniumOrder', { id: biennium.id }));
    }
  }

  problems.push(...changeProblems(plan, columnIds));
  if (plan.finance !== undefined) problems.push(...financeProblems(plan.finance, plan.years.length).map((problem) => say('model.plan.financeProblem', { problem })));

  const codes = new Set<string>();
  const reserved = new Set([SUBTOTAL_ID, REDUCTION_ID, TOTAL_ID]);
  if (plan.lines.every(isMemo)) problems.push(say('model.plan.noLines'));
  if (plan.lines[0] !== undefined && isMemo(plan.lines[0])) problems.push(say('model.plan.memoFirst', { code: plan.lines[0].code }));
  for (const { line } of walkLines(plan.lines)) {
    if (line.code.trim() === '') problems.push(say('model.plan.emptyCode', { name: line.name }));
    if (reserved.has(line.code)) problems.push(say('model.plan.codeReserved', { code: line.code }));
    if (codes.has(line.code)) problems.push(say('model.plan.codeTwice', { code: line.code }));
    codes.add(line.code);
    if (isGroup(line)) {
      if (line.children.every(isMemo)) problems.push(say('model.plan.emptyGroup', { code: line.code }));
    } else if (line.amounts.length !== plan.years.length) {
      problems.push(say('model.plan.lineAmounts', { code: line.code, count: line.amounts.length, years: plan.years.length }));
    }
  }
  if (plan.reduction.amounts.length !== plan.years.length) {
    problems.push(say('model.plan.reductionAmounts', { count: plan.reduction.amounts.length, years: plan.years.length }));
  }
  return problems;
}

/** What is wrong with the plan's change columns: an id already used, a column compared that is not a year, a biennium or the period. */
function changeProblems(plan: Plan, columnIds: Set<string>): string[] {
  const problems: string[] = [];
  const amounts = new Set([...columnIds].filter((id) => id !== SHARE_COLUMN));
  for (const change of plan.changes ?? []) {
    if (change.id.trim() === '' || columnIds.has(change.id)) problems.push(say('model.plan.changeIdTaken', { id: change.id }));
    columnIds.add(change.id);
    for (const id of [change.from, change.to, ...(change.percentOf === undefined ? [] : [change.percentOf])]) {
      if (!amounts.has(id)) problems.push(say('model.plan.changeCompares', { id: change.id, column: id }));
    }
    if (change.percentOf !== undefined && change.percentOf !== change.from && change.percentOf !== change.to) {
      problems.push(say('model.plan.changePercentOf', { id: change.id, column: change.percentOf }));
    }
  }
  return problems;
}

/** Throws a {@link PlanError} listing every problem, or returns the plan. */
export function checkedPlan(plan: Plan): Plan {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new PlanError(say('model.plan.unusable', { problems: problems.join(say('model.list.problemSeparator')) }));
  return plan;
}

function replaceInLines(
  lines: readonly PlanLine[],
  code: string,
  update: (line: LeafLine) => LeafLine,
): readonly PlanLine[] | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let replaced: PlanLine | null = null;
    if (isGroup(line)) {
      const children = replaceInLines(line.children, code, update);
      if (children !== null) replaced = { ...line, children };
    } else if (line.code === code) {
      replaced = update(line);
    }
    if (replaced !== null) {
      const copy = lines.slice();
      copy[i] = replaced;
      return copy;
    }
  }
  return null;
}

/**
 * The plan with one yearly input changed: a leaf line's amount or the
 * reduction's. Refuses groups and derived rows, whose figures are sums.
 */
export function withAmount(plan: Plan, rowId: string, year: string, value: Amount): Plan {
  const yearIndex = plan.years.indexOf(year);
  if (yearIndex === -1) throw new PlanError(say('model.refuse.yearNotInPlan', { year }));
  const put = (amounts: readonly Amount[]) => amounts.map((amount, i) => (i === yearIndex ? value : amount));
  if (rowId === REDUCTION_ID) return { ...plan, reduction: { ...plan.reduction, amounts: put(plan.reduction.amounts) } };
  const lines = replaceInLines(plan.lines, rowId, (line) => ({ ...line, amounts: put(line.amounts) }));
  if (lines === null) throw new PlanError(say('model.plan.notInputLine', { row: rowId }));
  return { ...plan, lines };
}

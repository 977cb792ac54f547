import { DOCUMENT_STYLE, Dec, ZERO, formatAmount, type Amount } from '../amount';
import { apportion, splitEvenly } from '../apportion';
import { periodColumns } from '../columns';
import { REDUCTION_ID, isGroup, isMemo, isSigned, walkLines, type GroupLine, type Plan, type PlanLine } from '../plan';
import { say } from '../say';
import { rowOf, type Table } from '../table';
import { listComma } from '../words';
import { OperationError, type Envelope, type ScenarioState } from './state';

export const HUNDRED = new Dec(100);
export const fmt = (value: Amount, plan: Plan) => formatAmount(value, DOCUMENT_STYLE, plan.precision);

interface LineInfo {
  readonly line: PlanLine;
  readonly parent: GroupLine | null;
  /** Codes of the groups it belongs to, nearest first. */
  readonly ancestors: readonly string[];
}

/**
 * A plan's index of lines: the one a walk of its lines made, with the entries
 * edits since then made again laid over it. An edit changes a few lines of a
 * plan it does not reshape: copying a 20 000-entry Map for it took 8 ms.
 */
interface LineIndex {
  readonly walked: ReadonlyMap<string, LineInfo>;
  readonly over: ReadonlyMap<string, LineInfo>;
}

/** Entries laid over a walk before the index is made whole again: past it, copying them at every edit costs more than one copy of the walk. */
const MOST_OVER = 2048;

/** Each plan's index, made once: plans are immutable. An edited plan's is its origin's with the lines it changed. */
const indexes = new WeakMap<Plan, LineIndex>();

function indexLines(plan: Plan): LineIndex {
  const known = indexes.get(plan);
  if (known !== undefined) return known;
  const walked = new Map<string, LineInfo>();
  for (const { line, parent } of walkLines(plan.lines)) {
    const ancestors = parent === null ? [] : [parent.code, ...walked.get(parent.code)!.ancestors];
    walked.set(line.code, { line, parent, ancestors });
  }
  const index = { walked, over: new Map() };
  indexes.set(plan, index);
  return index;
}

/** The index with `made` laid over it; made whole again when the entries laid over grow many. */
function laidOver(index: LineIndex, made: ReadonlyMap<string, LineInfo>): LineIndex {
  const over = new Map([...index.over, ...made]);
  if (over.size <= MOST_OVER) return { walked: index.walked, over };
  const walked = new Map(index.walked);
  for (const [code, info] of over) walked.set(code, info);
  return { walked, over: new Map() };
}

/**
 * One operation being applied: reads come from the table before the
 * operation, writes collect new yearly amounts of leaf lines and of the
 * reduction, and {@link Edit.finish} checks them and builds the new state.
 */
export class Edit {
  private readonly lines: LineIndex;
  private readonly changes = new Map<string, Amount[]>();
  private reduction: Amount[] | null = null;
  locked: string[];
  envelope: Envelope;

  constructor(
    readonly state: ScenarioState,
    readonly table: Table,
  ) {
    this.lines = indexLines(state.plan);
    this.locked = [...state.locked];
    this.envelope = state.envelope;
  }

  get plan(): Plan {
    return this.state.plan;
  }

  yearIndex(year: string): number {
    const index = this.plan.years.indexOf(year);
    if (index === -1) throw new OperationError(say('model.refuse.notAYear', { year, years: listComma(this.plan.years) }));
    return index;
  }

  yearIndices(years: readonly string[]): number[] {
    if (years.length === 0) throw new OperationError(say('model.refuse.noYear'));
    if (new Set(years).size !== years.length) throw new OperationError(say('model.refuse.yearTwice'));
    return years.map((year) => this.yearIndex(year));
  }

  hasLine(code: string): boolean {
    return this.lines.walked.has(code);
  }

  info(code: string): LineInfo {
    const info = this.lines.over.get(code) ?? this.lines.walked.get(code);
    if (info === undefined) throw new OperationError(say('model.refuse.notALine', { line: code }));
    return info;
  }

  label(code: string): string {
    return `${code} ${this.info(code).line.name}`;
  }

  isLocked(code: string): boolean {
    const info = this.info(code);
    return [code, ...info.ancestors].some((c) => this.locked.includes(c));
  }

  /**
   * Refuses a line that does not exist or is locked (itself or through its
   * group), and an "of which" line unless its own figure is set: moved,
   * scaled or rephased it would change a Total it is not part of.
   */
  changeable(code: string, { isSetting = false } = {}): LineInfo {
    const info = this.info(code);
    if (this.isLocked(code)) throw new OperationError(say('model.refuse.locked', { line: this.label(code) }));
    if (!isSetting && isMemo(info.line)) throw new OperationError(say('model.refuse.memoLine', { line: this.label(code) }));
    return info;
  }

  /** The amount, refused with words that name it (`what`, already in the person's language: "the amount to move"). */
  amount(value: Amount, what: string, { isPositive = false, allowNegative = false } = {}): Amount {
    if (value.decimalPlaces() > this.plan.precision) {
      throw new OperationError(say('model.refuse.tooManyDecimals', { what, value: value.toFixed(), precision: String(this.plan.precision) }));
    }
    if (isPositive && value.lte(0)) throw new OperationError(say('model.refuse.notPositive', { what }));
    if (!allowNegative && value.isNegative() && !value.isZero()) throw new OperationError(say('model.refuse.negative', { what }));
    return value;
  }

  /** An amount for a line: an adjustment's may be below zero (see LeafLine.signed), any other's not. */
  lineAmount(code: string, value: Amount, what: string): Amount {
    return this.amount(value, what, { allowNegative: isSigned(this.info(code).line) });
  }

  /** The line's amount in a year before this operation. */
  current(code: string, y: number): Amount {
    return rowOf(this.table, code).years[y]!;
  }

  /** The reduction's amount in a year, as written so far. */
  currentReduction(y: number): Amount {
    return (this.reduction ?? rowOf(this.table, REDUCTION_ID).years)[y]!;
  }

  /**
   * Sets a line's amount in a year. A group passes the amount on to its
   * unlocked lines in proportion to their current amounts (evenly when they
   * are all zero), exactly, by largest remainder.
   */
  write(code: string, y: number, value: Amount): void {
    const { line } = this.info(code);
    if (!isGroup(line)) {
      const amounts = this.changes.get(code) ?? [...line.amounts];
      amounts[y] = value;
      this.changes.set(code, amounts);
      return;
    }
    // An "of which" line is not part of its group's sum: it takes no share.
    const unlocked = line.children.filter((child) => !this.locked.includes(child.code) && !isMemo(child));
    if (unlocked.length === 0) throw new OperationError(say('model.refuse.allLocked', { line: this.label(code) }));
    // An adjustment keeps its figure while the group's lines take the amount, unless it is all the group has open.
    const lines = unlocked.filter((child) => !isSigned(child));
    const open = lines.length > 0 ? lines : unlocked;
    const fixed = line.children
      .filter((child) => !open.includes(child) && !isMemo(child))
      .reduce((acc, child) => acc.plus(this.current(child.code, y)), ZERO);
    const target = value.minus(fixed);
    const parts =
      apportion(
        target,
        open.map((child) => this.current(child.code, y)),
        this.plan.precision,
      ) ?? splitEvenly(target, open.length, this.plan.precision);
    open.forEach((child, i) => this.write(child.code, y, parts[i]!));
  }

  /** Moves `delta` in year y onto the unlocked lines beside `code`, in proportion to their amounts that year. */
  compensate(code: string, y: number, delta: Amount): void {
    if (delta.isZero()) return;
    const { parent } = this.info(code);
    const siblings = (parent === null ? this.plan.lines : parent.children).filter(
      // An adjustment is no share of the lines' money to move with them.
      (line) => line.code !== code && !this.isLocked(line.code) && !isMemo(line) && !isSigned(line),
    );
    if (siblings.length === 0) throw new OperationError(say('model.refuse.nothingToCompensate', { line: this.label(code) }));
    const parts = apportion(
      delta,
      siblings.map((line) => this.current(line.code, y)),
      this.plan.precision,
    );
    if (parts === null) {
      throw new OperationError(say('model.refuse.nothingBeside', { line: code, year: this.plan.years[y]! }));
    }
    siblings.forEach((line, i) => this.write(line.code, y, this.current(line.code, y).plus(parts[i]!)));
  }

  setReduction(y: number, value: Amount): void {
    this.reduction ??= [...this.plan.reduction.amounts];
    this.reduction[y] = value;
  }

  finish(): ScenarioState {
    for (const [code, amounts] of this.changes) {
      if (isSigned(this.info(code).line)) continue;
      amounts.forEach((value, y) => {
        if (value.isNegative() && !value.isZero()) {
          throw new OperationError(say('model.refuse.belowZero', { line: this.label(code), year: this.plan.years[y]!, amount: fmt(value, this.plan) }));
        }
      });
    }
    const { lines, index } = this.changes.size > 0 ? this.changedLines() : { lines: this.plan.lines, index: this.lines };
    const plan: Plan = {
      ...this.plan,
      lines,
      reduction: this.reduction ? { ...this.plan.reduction, amounts: this.reduction } : this.plan.reduction,
    };
    // The next operation starts from this plan: its index is made here from this one's, not walked again.
    indexes.set(plan, index);
    return { plan, locked: this.lockedInOrder(), envelope: this.envelope };
  }

  /**
   * The lines with the amounts written: a changed line and the groups that
   * hold it are new objects, every other line is the same object; and the
   * index of them, this one's with those entries (and a new group's
   * children, whose parent it is) made again. A 20 000-line plan was made
   * again whole, and walked again, at every edit: about 30 ms of it.
   */
  private changedLines(): { lines: readonly PlanLine[]; index: LineIndex } {
    const holding = new Set([...this.changes.keys()].flatMap((code) => this.info(code).ancestors));
    const made = new Map<string, PlanLine>();
    const replace = (lines: readonly PlanLine[]): readonly PlanLine[] =>
      lines.map((line) => {
        const next = isGroup(line)
          ? holding.has(line.code) ? { ...line, children: replace(line.children) } : line
          : this.changes.has(line.code) ? { ...line, amounts: this.changes.get(line.code)! } : line;
        if (next !== line) made.set(line.code, next);
        return next;
      });
    const lines = replace(this.plan.lines);
    const infos = new Map<string, LineInfo>();
    for (const [code, line] of made) {
      const { parent, ancestors } = this.info(code);
      // A changed line's parent holds it, so it was made again too.
      infos.set(code, { line, parent: parent === null ? null : (made.get(parent.code) as GroupLine), ancestors });
      if (!isGroup(line)) continue;
      for (const child of line.children) if (!made.has(child.code)) infos.set(child.code, { ...this.info(child.code), parent: line });
    }
    return { lines, index: laidOver(this.lines, infos) };
  }

  /** The locked lines in the plan's order (a lock added last may come first). */
  private lockedInOrder(): string[] {
    if (this.locked.length < 2) return this.locked.slice();
    const order = [...this.lines.walked.keys()];
    return this.locked.slice().sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
}

export const halfUp = (value: Amount, places: number) => value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);

/** The years (by index) of the period an operation names: a biennium id, or `total` for every year. */
export function periodYears(edit: Edit, period: string): number[] {
  const periods = periodColumns(edit.plan);
  const column = periods.find((c) => c.id === period);
  if (column === undefined) throw new OperationError(say('model.refuse.notAPeriod', { period, periods: listComma(periods.map((c) => c.id)) }));
  return [...column.sums];
}

export function replaceLine(lines: readonly PlanLine[], code: string, replacement: PlanLine): PlanLine[] {
  return lines.map((line) =>
    line.code === code ? replacement : isGroup(line) ? { ...line, children: replaceLine(line.children, code, replacement) } : line,
  );
}


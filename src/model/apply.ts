import { DOCUMENT_STYLE, Dec, ZERO, formatAmount, type Amount } from './amount';
import { apportion, splitEvenly } from './apportion';
import { OperationError, type BreakdownOperation, type Operation, type ReductionOperation } from './operation';
import { REDUCTION_ID, TOTAL_COLUMN, checkedPlan, isGroup, walkLines, type GroupLine, type Plan, type PlanLine } from './plan';
import { computeTable, rowOf, type Table } from './table';

/** The indicative envelope a scenario's Total is measured against. */
export interface Envelope {
  readonly total: Amount;
  /** Optional envelopes per biennium id. */
  readonly biennia: Readonly<Record<string, Amount>>;
}

/** Everything an operation reads and changes: the inputs, the locks and the envelope. */
export interface ScenarioState {
  readonly plan: Plan;
  /** Codes of locked lines, in plan order. */
  readonly locked: readonly string[];
  readonly envelope: Envelope;
}

export function initialState(plan: Plan): ScenarioState {
  return { plan, locked: [], envelope: { total: plan.envelope, biennia: {} } };
}

const HUNDRED = new Dec(100);
const fmt = (value: Amount, plan: Plan) => formatAmount(value, DOCUMENT_STYLE, plan.precision);

interface LineInfo {
  readonly line: PlanLine;
  readonly parent: GroupLine | null;
  /** Codes of the groups it belongs to, nearest first. */
  readonly ancestors: readonly string[];
}

function indexLines(plan: Plan): Map<string, LineInfo> {
  const index = new Map<string, LineInfo>();
  for (const { line, parent } of walkLines(plan.lines)) {
    const ancestors = parent === null ? [] : [parent.code, ...index.get(parent.code)!.ancestors];
    index.set(line.code, { line, parent, ancestors });
  }
  return index;
}

/**
 * One operation being applied: reads come from the table before the
 * operation, writes collect new yearly amounts of leaf lines and of the
 * reduction, and {@link Edit.finish} checks them and builds the new state.
 */
class Edit {
  private readonly lines: Map<string, LineInfo>;
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
    if (index === -1) throw new OperationError(`${year} is not a year of this plan (${this.plan.years.join(', ')})`);
    return index;
  }

  yearIndices(years: readonly string[]): number[] {
    if (years.length === 0) throw new OperationError('no year is given');
    if (new Set(years).size !== years.length) throw new OperationError('a year is given twice');
    return years.map((year) => this.yearIndex(year));
  }

  hasLine(code: string): boolean {
    return this.lines.has(code);
  }

  info(code: string): LineInfo {
    const info = this.lines.get(code);
    if (info === undefined) throw new OperationError(`${code} is not a line of this plan`);
    return info;
  }

  label(code: string): string {
    return `${code} ${this.info(code).line.name}`;
  }

  isLocked(code: string): boolean {
    const info = this.info(code);
    return [code, ...info.ancestors].some((c) => this.locked.includes(c));
  }

  /** Refuses a line that does not exist or is locked (itself or through its group). */
  changeable(code: string): LineInfo {
    const info = this.info(code);
    if (this.isLocked(code)) throw new OperationError(`${this.label(code)} is locked`);
    return info;
  }

  amount(value: Amount, what: string, { isPositive = false, allowNegative = false } = {}): Amount {
    if (value.decimalPlaces() > this.plan.precision) {
      throw new OperationError(`${what} ${value.toFixed()} has more decimals than the plan's amounts (${this.plan.precision})`);
    }
    if (isPositive && value.lte(0)) throw new OperationError(`${what} must be more than zero`);
    if (!allowNegative && value.isNegative() && !value.isZero()) throw new OperationError(`${what} cannot be negative`);
    return value;
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
    const open = line.children.filter((child) => !this.locked.includes(child.code));
    if (open.length === 0) throw new OperationError(`every line of ${this.label(code)} is locked`);
    const fixed = line.children
      .filter((child) => this.locked.includes(child.code))
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
      (line) => line.code !== code && !this.isLocked(line.code),
    );
    if (siblings.length === 0) throw new OperationError(`no unlocked line is left to compensate ${this.label(code)}`);
    const parts = apportion(
      delta,
      siblings.map((line) => this.current(line.code, y)),
      this.plan.precision,
    );
    if (parts === null) {
      throw new OperationError(
        `the unlocked lines beside ${code} have nothing in ${this.plan.years[y]} to compensate from in proportion`,
      );
    }
    siblings.forEach((line, i) => this.write(line.code, y, this.current(line.code, y).plus(parts[i]!)));
  }

  setReduction(y: number, value: Amount): void {
    this.reduction ??= [...this.plan.reduction.amounts];
    this.reduction[y] = value;
  }

  finish(): ScenarioState {
    for (const [code, amounts] of this.changes) {
      amounts.forEach((value, y) => {
        if (value.isNegative() && !value.isZero()) {
          throw new OperationError(
            `this would take ${this.label(code)} below zero in ${this.plan.years[y]} (${fmt(value, this.plan)})`,
          );
        }
      });
    }
    const replace = (lines: readonly PlanLine[]): readonly PlanLine[] =>
      lines.map((line) =>
        isGroup(line)
          ? { ...line, children: replace(line.children) }
          : this.changes.has(line.code)
            ? { ...line, amounts: this.changes.get(line.code)! }
            : line,
      );
    const plan: Plan = {
      ...this.plan,
      lines: this.changes.size > 0 ? replace(this.plan.lines) : this.plan.lines,
      reduction: this.reduction ? { ...this.plan.reduction, amounts: this.reduction } : this.plan.reduction,
    };
    const order = [...this.lines.keys()];
    return {
      plan,
      locked: this.locked.slice().sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      envelope: this.envelope,
    };
  }
}

const halfUp = (value: Amount, places: number) => value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);

function applyReduction(edit: Edit, op: ReductionOperation): void {
  const { plan, table } = edit;
  const subtotal = rowOf(table, 'subtotal');
  const allYears = plan.years.map((_, y) => y);
  switch (op.mode) {
    case 'amounts': {
      const entries = Object.entries(op.amounts);
      if (entries.length === 0) throw new OperationError('no year is given');
      for (const [year, value] of entries) {
        edit.setReduction(edit.yearIndex(year), edit.amount(value, `the reduction for ${year}`, { allowNegative: true }));
      }
      return;
    }
    case 'rates': {
      const entries = Object.entries(op.rates);
      if (entries.length === 0) throw new OperationError('no year is given');
      for (const [year, rate] of entries) {
        const y = edit.yearIndex(year);
        edit.setReduction(y, halfUp(subtotal.years[y]!.times(rate).div(HUNDRED), plan.precision).negated());
      }
      return;
    }
    case 'progressive': {
      const first = edit.amount(op.first, 'the first year’s reduction', { allowNegative: true });
      const step = edit.amount(op.step, 'the step', { allowNegative: true });
      allYears.forEach((y) => edit.setReduction(y, first.plus(step.times(y))));
      return;
    }
    case 'target': {
      const target = edit.amount(op.total, 'the target Total', { allowNegative: true });
      const needed = target.minus(subtotal.total);
      let parts: Amount[] | null;
      if (op.profile === 'even') parts = splitEvenly(needed, allYears.length, plan.precision);
      else if (op.profile === 'subtotal') parts = apportion(needed, subtotal.years, plan.precision);
      else {
        const current = allYears.map((y) => edit.currentReduction(y));
        const isOneSign = current.every((v) => v.lte(0)) || current.every((v) => v.gte(0));
        parts = isOneSign ? apportion(needed, current.map((v) => v.abs()), plan.precision) : null;
      }
      if (parts === null) {
        throw new OperationError(
          op.profile === 'current'
            ? 'the current reduction has no profile to follow (it is zero, or of mixed signs): use the even or subtotal profile'
            : 'the years’ Subtotals give no profile to follow',
        );
      }
      allYears.forEach((y) => edit.setReduction(y, parts[y]!));
      return;
    }
  }
}

/** The period an operation names: a biennium id, or `total` for every year. */
function periodYears(edit: Edit, period: string): number[] {
  if (period === TOTAL_COLUMN) return edit.plan.years.map((_, y) => y);
  const biennium = edit.plan.biennia.find((b) => b.id === period);
  if (biennium === undefined) {
    throw new OperationError(`${period} is not a period of this plan (${[...edit.plan.biennia.map((b) => b.id), 'total'].join(', ')})`);
  }
  return biennium.years.map((year) => edit.yearIndex(year));
}

/** A leaf line becomes a group of sub-lines, its yearly amounts shared among them exactly. */
function breakDown(state: ScenarioState, op: BreakdownOperation, table: Table): ScenarioState {
  const edit = new Edit(state, table);
  const { line } = edit.changeable(op.line);
  if (isGroup(line)) throw new OperationError(`${edit.label(op.line)} is already broken down: remove its breakdown first`);
  if (op.parts.length === 0) throw new OperationError('a breakdown needs at least one part');
  const codes = new Set<string>();
  for (const part of op.parts) {
    if (part.code.trim() === '') throw new OperationError('a part of the breakdown has no code');
    if (codes.has(part.code)) throw new OperationError(`the part ${part.code} is given twice`);
    if (part.code !== op.line && edit.hasLine(part.code)) throw new OperationError(`${part.code} is already a line of this plan`);
    if ([REDUCTION_ID, 'subtotal', 'total'].includes(part.code) || part.code === op.line) throw new OperationError(`${part.code} cannot be the code of a part`);
    codes.add(part.code);
  }
  const { precision, years } = state.plan;
  const yearly = line.amounts;
  let amounts: Amount[][];
  if (op.mode === 'weights') {
    op.parts.forEach((part) => {
      if (part.weight.isNegative() && !part.weight.isZero()) throw new OperationError(`the weight of ${part.code} cannot be negative`);
    });
    const weights = op.parts.map((part) => part.weight);
    const perYear = yearly.map((value) => apportion(value, weights, precision));
    if (perYear.some((parts) => parts === null)) throw new OperationError('the weights add up to zero: give at least one part a weight');
    amounts = op.parts.map((_, i) => perYear.map((parts) => parts![i]!));
  } else {
    amounts = op.parts.map((part) =>
      years.map((year) => {
        const value = part.amounts[year];
        if (value === undefined) throw new OperationError(`${part.code} has no amount for ${year}`);
        return edit.amount(value, `the amount of ${part.code} in ${year}`);
      }),
    );
    for (const key of op.parts.flatMap((part) => Object.keys(part.amounts))) edit.yearIndex(key);
    years.forEach((year, y) => {
      const sum = amounts.reduce((acc, parts) => acc.plus(parts[y]!), ZERO);
      if (!sum.eq(yearly[y]!)) {
        throw new OperationError(`in ${year} the parts add up to ${fmt(sum, state.plan)}, but ${op.line} has ${fmt(yearly[y]!, state.plan)}`);
      }
    });
  }
  const group: GroupLine = {
    code: line.code,
    name: line.name,
    children: op.parts.map((part, i) => ({ code: part.code, name: part.name, amounts: amounts[i]! })),
  };
  return { ...state, plan: checkedPlan({ ...state.plan, lines: replaceLine(state.plan.lines, op.line, group) }) };
}

/** A group becomes a line again, with the yearly amounts it has: no figure changes. */
function merge(state: ScenarioState, op: { line: string }, table: Table): ScenarioState {
  const edit = new Edit(state, table);
  const { line } = edit.changeable(op.line);
  if (!isGroup(line)) throw new OperationError(`${edit.label(op.line)} is not broken down`);
  const lockedInside = [...walkLines(line.children)].map(({ line: l }) => l.code).filter((code) => state.locked.includes(code));
  if (lockedInside.length > 0) throw new OperationError(`${lockedInside.join(', ')} inside ${op.line} ${lockedInside.length === 1 ? 'is' : 'are'} locked: unlock first`);
  const leaf: PlanLine = { code: line.code, name: line.name, amounts: rowOf(table, op.line).years };
  return { ...state, plan: { ...state.plan, lines: replaceLine(state.plan.lines, op.line, leaf) } };
}

function replaceLine(lines: readonly PlanLine[], code: string, replacement: PlanLine): PlanLine[] {
  return lines.map((line) =>
    line.code === code ? replacement : isGroup(line) ? { ...line, children: replaceLine(line.children, code, replacement) } : line,
  );
}

/**
 * The state after one operation, or an {@link OperationError} saying which
 * line, year or figure is wrong and why; the given state is never changed.
 * Every promised total holds exactly (see each case); fractions are
 * apportioned by largest remainder, ties to what comes first in the plan.
 */
export function applyOperation(state: ScenarioState, op: Operation, table: Table = computeTable(state.plan)): ScenarioState {
  if (op.op === 'breakdown') return breakDown(state, op, table);
  if (op.op === 'merge') return merge(state, op, table);
  const edit = new Edit(state, table);
  switch (op.op) {
    case 'set': {
      const y = edit.yearIndex(op.year);
      if (op.line === REDUCTION_ID) {
        edit.setReduction(y, edit.amount(op.value, 'the reduction', { allowNegative: true }));
        break;
      }
      edit.changeable(op.line);
      edit.write(op.line, y, edit.amount(op.value, `the amount for ${op.line} in ${op.year}`));
      break;
    }
    case 'transfer': {
      if (op.from === op.to) throw new OperationError(`a transfer needs two different lines (${op.from} is both)`);
      const from = edit.changeable(op.from);
      const to = edit.changeable(op.to);
      if (from.ancestors.includes(op.to) || to.ancestors.includes(op.from)) {
        throw new OperationError(`${op.from} and ${op.to}: one is part of the other`);
      }
      const amount = edit.amount(op.amount, 'the amount to transfer', { isPositive: true });
      for (const y of edit.yearIndices(op.years)) {
        edit.write(op.from, y, edit.current(op.from, y).minus(amount));
        edit.write(op.to, y, edit.current(op.to, y).plus(amount));
      }
      break;
    }
    case 'scale': {
      edit.changeable(op.line);
      if (op.percent.isNegative()) throw new OperationError('the percentage cannot be negative');
      const years = edit.yearIndices(op.years);
      const before = years.map((y) => edit.current(op.line, y));
      // The line's new total over these years is its old total scaled and
      // rounded once; the years share it in proportion to their old amounts.
      const newTotal = halfUp(
        before.reduce((acc, v) => acc.plus(v), ZERO).times(op.percent).div(HUNDRED),
        edit.plan.precision,
      );
      const after = apportion(newTotal, before, edit.plan.precision) ?? before;
      years.forEach((y, i) => {
        edit.write(op.line, y, after[i]!);
        if (op.compensate === 'pro-rata') edit.compensate(op.line, y, before[i]!.minus(after[i]!));
      });
      break;
    }
    case 'setShare': {
      edit.changeable(op.line);
      if (op.share.isNegative()) throw new OperationError('a share cannot be negative');
      const total = rowOf(table, 'total').total;
      const row = rowOf(table, op.line);
      // Exact to the plan's precision: the nearest amount to share × Total.
      const change = halfUp(total.times(op.share).div(HUNDRED), edit.plan.precision).minus(row.total);
      const years = edit.plan.years.map((_, y) => y);
      const parts =
        apportion(change, row.years, edit.plan.precision) ?? splitEvenly(change, years.length, edit.plan.precision);
      for (const y of years) {
        edit.write(op.line, y, row.years[y]!.plus(parts[y]!));
        edit.compensate(op.line, y, parts[y]!.negated());
      }
      break;
    }
    case 'spread': {
      edit.changeable(op.line);
      const years = periodYears(edit, op.period);
      const value = edit.amount(op.value, `the amount for ${op.period}`);
      const parts =
        op.method === 'even'
          ? splitEvenly(value, years.length, edit.plan.precision)
          : apportion(
              value,
              years.map((y) => edit.current(op.line, y)),
              edit.plan.precision,
            );
      if (parts === null) {
        throw new OperationError(`${edit.label(op.line)} has nothing in ${op.period} to spread in proportion to: spread it evenly`);
      }
      years.forEach((y, i) => edit.write(op.line, y, parts[i]!));
      break;
    }
    case 'lock': {
      edit.info(op.line);
      if (edit.locked.includes(op.line)) throw new OperationError(`${edit.label(op.line)} is already locked`);
      edit.locked.push(op.line);
      break;
    }
    case 'unlock': {
      edit.info(op.line);
      if (!edit.locked.includes(op.line)) throw new OperationError(`${edit.label(op.line)} is not locked`);
      edit.locked = edit.locked.filter((code) => code !== op.line);
      break;
    }
    case 'reduction':
      applyReduction(edit, op);
      break;
    case 'envelope': {
      const biennia = op.biennia ?? {};
      for (const [id, value] of Object.entries(biennia)) {
        periodYears(edit, id);
        edit.amount(value, `the envelope for ${id}`);
      }
      edit.envelope = { total: edit.amount(op.total, 'the envelope'), biennia };
      break;
    }
  }
  return edit.finish();
}

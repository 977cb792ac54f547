import { Dec, formatAmount, parseAmount, parsePercent, type Amount } from '../model/amount';
import { PRESET_NAMES, presetOperations, type Preset, type PresetOptions } from '../model/finance/presets';
import { BALANCE, REVENUE_TOTAL, computeFinance, financeRow } from '../model/finance/financeTable';
import { FinanceError } from '../model/finance/financialPlan';
import { financeDerivation } from '../model/finance/financeDerivation';
import { ceilDiv, solveDrawdown, solvePeriodDrawdown, solveUnitValue } from '../model/finance/solve';
import { isThousandfold } from '../model/validity';
import { isSixteenths, readFraction } from '../model/fraction';
import { PERCENT_SCALE } from '../model/operations/fields';
import type { Operation } from '../model/operation';
import { OperationError } from '../model/operations/state';
import type { MessageChoice, SliceContext } from './appState';
import { addOperations, readFigure } from './changes';
import { activeReplay, shownPlan } from './selectors';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../model/plan';
import { rowOf } from '../model/table';
import { t } from '../i18n/t';
import { at, commaList, semicolonList } from './words';

/** The financial plan's inputs typed in, and the closed-form solutions applied as operations of the scenario shown. */
export interface FinanceSlice {
  /** Reads `text` into a parameter's or a revenue line's year, as an operation; refuses naming the cell and changes nothing. */
  editFinance(of: 'parameter' | 'revenue', id: string, year: string, text: string): boolean;
  /** Delete on a revenue line's year: its amount becomes 0, said and undoable, as a cell of the table. */
  clearFinance(rowId: string, year: string): boolean;
  /** Says what a computed cell of the revenue grid is computed from, and where to type instead. */
  explainFinance(rowId: string, columnId: string): void;
  /** Sets the unit value, every year, to the smallest multiple of `step` whose revenue covers the period's expenditure. */
  solveUnitValue(step: Amount): boolean;
  /** Draws on the Reserve Account what closes each year's shortfall, or (`forPeriod`) the period's, in the years short of revenue. */
  solveDrawdown(forPeriod?: boolean): boolean;
  /** Sets the reduction so that Total is the period's revenue, or each year's (rounded down to the plan's unit). */
  reductionFromRevenue(perYear?: boolean): boolean;
  /**
   * A new scenario from the plan's own figures, or from a base year's carried
   * forward, recosted for inflation (`rates` as typed, per cent a year) on
   * the chosen lines (all by default): zero real or zero nominal growth.
   */
  recostPreset(preset: Preset, rates: Readonly<Record<string, string>>, options?: PresetOptions): boolean;
}

function financeOf(context: SliceContext) {
  const replayed = activeReplay(context.get());
  const finance = replayed.state.plan.finance;
  if (finance === undefined) {
    context.set({ message: { kind: 'error', text: t('state.finance.noFinance') } });
    return null;
  }
  return { finance, table: replayed.table, plan: replayed.state.plan };
}

function editFinance(context: SliceContext, of: 'parameter' | 'revenue', id: string, year: string, text: string): boolean {
  const { get, set } = context;
  const found = financeOf(context);
  if (found === null) return false;
  const { finance, plan } = found;
  const { style } = get();
  const name = of === 'parameter' ? finance.parameters.find((p) => p.id === id)?.name : finance.lines.find((l) => l.code === id)?.name;
  const where = t('state.finance.where', { of, name: name ?? id, year });
  const parameter = of === 'parameter' ? finance.parameters.find((p) => p.id === id) : undefined;
  const y = plan.years.indexOf(year);
  const line = of === 'revenue' ? finance.lines.find((l) => l.code === id) : undefined;
  const current = parameter?.values[y] ?? (line !== undefined && 'amounts' in line ? line.amounts[y] : undefined);
  const put = (value: Amount, isConfirmed = false): boolean => {
    // Contributory classes go in sixteenths of a unit: 330.03 units is no sum of classes.
    if (parameter?.unit === 'units' && !isSixteenths(value)) {
      set({ message: { kind: 'error', text: at(where, t('state.finance.notSixteenths', { value: formatAmount(value, style, value.decimalPlaces()) })) } });
      return false;
    }
    // A unit value of nil makes every contribution nil: no plan means it.
    if (parameter !== undefined && parameter.id === finance.unitValue && value.isZero()) {
      set({ message: { kind: 'error', text: at(where, t('state.finance.unitValueZero')) } });
      return false;
    }
    // A ratio of the unit value (the Sector Member's 1/5) is at most the whole unit.
    if (parameter?.unit === 'ratio' && value.gt(1)) {
      set({ message: { kind: 'error', text: at(where, t('state.finance.ratioAboveOne', { value: formatAmount(value, style, value.decimalPlaces()) })) } });
      return false;
    }
    // The slip of a thousand, asked about as in the table's cells.
    if (!isConfirmed && current !== undefined && isThousandfold(current, value)) {
      const words = (v: Amount) => formatAmount(v, style, v.decimalPlaces());
      const apply = { label: t('state.figure.apply', { value: words(value) }), testId: 'apply-anyway', run: () => void put(value, true) };
      const size = value.abs().gt(current.abs()) ? 'larger' : 'smaller';
      set({ message: { kind: 'error', text: at(where, t('state.figure.thousandfold', { value: words(value), current: words(current), size })), choices: [apply] } });
      return false;
    }
    const operation: Operation = of === 'parameter' ? { op: 'setParameter', parameter: id, value, years: [year] } : { op: 'setRevenue', revenue: id, value, years: [year] };
    return addOperations(context, [operation], '');
  };
  // A parameter may be written as a fraction, as classes and ratios are: 1/16, 1/5, 2 1/2.
  const fraction = of === 'parameter' ? readFraction(text) : null;
  const read = fraction !== null ? (fraction.ok ? { ok: true as const, value: fraction.value } : { ok: false as const, error: { message: fraction.message, readings: undefined } }) : of === 'parameter' ? parseAmount(text, { style, scale: PERCENT_SCALE }) : null;
  const figure = read === null ? readFigure(text, plan, style, 'plan') : read.ok ? { ok: true as const, value: read.value } : { ok: false as const, why: read.error.message, readings: read.error.readings };
  if (figure.ok) return put(figure.value);
  // A figure that reads two ways is the person's to settle: one button per reading.
  const choices = Object.entries(figure.readings ?? {}).map(([reading, value]): MessageChoice => ({
    label: t('state.figure.readAs', { reading, value: formatAmount(value, style, value.decimalPlaces()) }),
    testId: reading,
    run: () => void put(value),
  }));
  set({ message: { kind: 'error', text: at(where, t('state.finance.notAFigure', { text, why: figure.why })), ...(choices.length > 0 ? { choices } : {}) } });
  return false;
}

/** A change made, said. */
function said(context: SliceContext, text: string): true {
  context.set({ message: { kind: 'info', text } });
  return true;
}

/** A solution that cannot be had, said; nothing changes. */
function refuse(context: SliceContext, error: unknown, what: 'solved' | 'made' = 'solved'): false {
  if (!(error instanceof FinanceError) && !(error instanceof OperationError)) throw error;
  context.set({ message: { kind: 'error', text: t(what === 'solved' ? 'state.finance.notSolved' : 'state.finance.notMade', { reason: error.message }) } });
  return false;
}

/** Inflation a year beyond these is no rate a plan means (1 000 % is a slip): refused. */
const MOST_INFLATION = new Dec(100);
const LEAST_INFLATION = new Dec(-50);

function recostPreset(context: SliceContext, preset: Preset, typed: Readonly<Record<string, string>>, options: PresetOptions = {}): boolean {
  const { get, set } = context;
  // From the plan's own figures, its base: a preset made while another is shown is not recosted twice.
  const base = shownPlan(get());
  if (options.lines !== undefined && options.lines.length === 0) {
    set({ message: { kind: 'error', text: t('state.finance.chooseLines') } });
    return false;
  }
  // Inflation up to the base year is behind it: only the years after it are recosted.
  const from = options.baseYear === undefined ? -1 : base.years.indexOf(options.baseYear);
  const rates: Record<string, Amount> = {};
  for (const year of base.years.slice(from + 1)) {
    const text = (typed[year] ?? '').trim();
    if (text === '') continue;
    const read = parsePercent(text, { style: get().style, scale: PERCENT_SCALE });
    if (!read.ok) {
      set({ message: { kind: 'error', text: t('state.finance.inflation.notFigure', { year, text, why: read.error.message }) } });
      return false;
    }
    if (read.value.gt(MOST_INFLATION) || read.value.lt(LEAST_INFLATION)) {
      set({ message: { kind: 'error', text: t('state.finance.inflation.outOfRange', { year, rate: formatAmount(read.value, get().style, read.value.decimalPlaces()) }) } });
      return false;
    }
    rates[year] = read.value;
  }
  if (Object.keys(rates).length === 0) {
    const text = from === -1 ? t('state.finance.inflation.none') : t('state.finance.inflation.noneAfter', { year: String(options.baseYear) });
    set({ message: { kind: 'error', text } });
    return false;
  }
  let operations: Operation[];
  try {
    operations = presetOperations(preset, base, rates, options);
  } catch (error) {
    return refuse(context, error, 'made');
  }
  const lines = options.lines === undefined ? '' : commaList(options.lines);
  const named = options.baseYear === undefined ? PRESET_NAMES[preset] : t('state.finance.preset.from', { preset: PRESET_NAMES[preset], year: options.baseYear });
  const name = options.lines === undefined ? named : t('state.finance.preset.on', { name: named, lines });
  // The scenario is made with its operations, or not at all: a refused preset leaves no empty scenario behind.
  get().showPlan(get().activePlanId);
  if (!addOperations(context, operations, t('state.finance.preset.rationale', { name }), { name })) return false;
  const start = options.baseYear === undefined ? t('state.finance.preset.fromPlan') : t('state.finance.preset.fromBase', { year: options.baseYear });
  const kept = preset === 'zero-nominal-growth' ? 'yes' : 'no';
  const text = options.lines === undefined ? t('state.finance.preset.made', { name, start, kept }) : t('state.finance.preset.madeOn', { name, start, kept, lines });
  set({ message: { kind: 'info', text } });
  return true;
}

/** The unit value solved for the period, said with what it leaves: the residual, what it replaced, and the years short on their own. */
function solveUnitValueIn(context: SliceContext, step: Amount): boolean {
  const { get, set } = context;
  const found = financeOf(context);
  if (found === null) return false;
  const { finance, table, plan } = found;
  try {
    const solved = solveUnitValue(finance, table, step);
    const format = (value: Amount) => formatAmount(value, get().style, value.decimalPlaces());
    const current = finance.parameters.find((p) => p.id === finance.unitValue)!.values;
    if (current.every((value) => value.eq(solved.value))) {
      set({ message: { kind: 'info', text: t('state.finance.unitValue.already', { value: format(solved.value), step: format(step), period: plan.periodLabel }) } });
      return true;
    }
    const rationale = t('state.finance.unitValue.rationale', { step: format(step), period: plan.periodLabel, residual: format(solved.residual) });
    if (!addOperations(context, [{ op: 'setParameter', parameter: finance.unitValue!, value: solved.value, years: [...plan.years] }], rationale)) return false;
    // What it replaced, where the years differed or it is lower; and the years it leaves short, since it balances the period, not each year.
    const was = [...new Set(current.map((value) => value.toFixed()))];
    const yearsOf = (value: string) => commaList(plan.years.filter((_, y) => current[y]!.toFixed() === value));
    const wasIn = semicolonList(was.map((value) => t('state.finance.unitValue.wasIn', { value: format(new Dec(value)), years: yearsOf(value) })));
    const replaced = was.length > 1 ? t('state.finance.unitValue.everyYear', { was: wasIn }) : solved.value.lt(current[0]!) ? t('state.finance.unitValue.lower', { was: format(current[0]!) }) : '';
    const after = financeRow(computeFinance(activeReplay(get()).state.plan.finance!, table), BALANCE).years;
    const short = plan.years.flatMap((year, y) => (after[y]!.isNegative() && !after[y]!.isZero() ? [t('state.finance.yearAmount', { year, amount: format(after[y]!) })] : []));
    const years = short.length === 0 ? '' : t('state.finance.unitValue.short', { count: short.length, years: commaList(short) });
    set({ message: { kind: 'info', text: t('state.finance.unitValue.solved', { value: format(solved.value), step: format(step), replaced, period: plan.periodLabel, residual: format(solved.residual), short: years }) } });
    return true;
  } catch (error) {
    return refuse(context, error);
  }
}

/** Delete on a revenue line's year: 0, said with what it held. */
function clearFinance(context: SliceContext, rowId: string, year: string): boolean {
  const found = financeOf(context);
  if (found === null) return false;
  const line = found.finance.lines.find((l) => l.code === rowId);
  const was = line !== undefined && 'amounts' in line ? line.amounts[found.plan.years.indexOf(year)] : undefined;
  if (line === undefined || was === undefined) return false;
  const cell = t('state.finance.where', { of: 'revenue', name: line.name, year });
  // Nothing to clear is said so, and makes no change to undo.
  if (was.isZero()) {
    context.set({ message: { kind: 'info', text: t('state.cell.alreadyZero', { cell }) } });
    return true;
  }
  if (!editFinance(context, 'revenue', rowId, year, '0')) return false;
  context.set({ message: { kind: 'info', text: t('state.cell.cleared', { cell, before: formatAmount(was, context.get().style, was.decimalPlaces()) }) } });
  return true;
}

/** What a computed figure of the revenue grid comes from, said; nothing for a figure typed in. */
function explainFinance(context: SliceContext, rowId: string, columnId: string): void {
  const found = financeOf(context);
  if (found === null) return;
  const { finance, table } = found;
  const computed = computeFinance(finance, table);
  const row = computed.index.has(rowId) ? financeRow(computed, rowId) : undefined;
  const why = row === undefined ? null : financeDerivation(finance, table, row, columnId);
  const heading = table.layout.columnById.get(columnId)?.heading ?? columnId;
  if (why !== null) context.set({ message: { kind: 'info', text: t('state.cell.computed', { cell: t('state.finance.cell', { name: row!.name, year: heading }), why }) } });
}

export function financeSlice(context: SliceContext): FinanceSlice {
  const { get, set } = context;
  return {
    editFinance: (of, id, year, text) => editFinance(context, of, id, year, text),
    clearFinance: (rowId, year) => clearFinance(context, rowId, year),
    explainFinance: (rowId, columnId) => explainFinance(context, rowId, columnId),
    recostPreset: (preset, rates, options) => recostPreset(context, preset, rates, options),
    solveUnitValue: (step) => solveUnitValueIn(context, step),
    solveDrawdown(forPeriod = false) {
      const found = financeOf(context);
      if (found === null) return false;
      const { finance, table, plan } = found;
      try {
        // Rounded up to the plan's unit, so that the drawdown closes the gap rather than nearly.
        const unit = new Dec(10).pow(-plan.precision);
        const drawdown = forPeriod ? solvePeriodDrawdown(finance, table, plan.precision) : solveDrawdown(finance, table).map((value) => ceilDiv(value, unit).times(unit));
        const line = finance.lines.find((l) => l.code === finance.drawdown)!;
        const current = 'amounts' in line ? line.amounts : [];
        // Only the years whose drawdown moves: a year already closed is left as it is.
        const operations: Operation[] = plan.years.flatMap((year, y) => (drawdown[y]!.eq(current[y]!) ? [] : [{ op: 'setRevenue' as const, revenue: finance.drawdown!, value: drawdown[y]!, years: [year] }]));
        if (operations.length === 0) {
          set({ message: { kind: 'info', text: t(forPeriod ? 'state.finance.drawdown.noneForPeriod' : 'state.finance.drawdown.noneByYear') } });
          return true;
        }
        if (!addOperations(context, operations, t(forPeriod ? 'state.finance.drawdown.rationaleForPeriod' : 'state.finance.drawdown.rationaleByYear'))) return false;
        const amount = (value: Amount) => formatAmount(value, get().style, plan.precision);
        const words = commaList(plan.years.flatMap((year, y) => (drawdown[y]!.eq(current[y]!) ? [] : [t('state.finance.drawdown.year', { year, amount: amount(drawdown[y]!), was: amount(current[y]!) })])));
        const text = forPeriod ? t('state.finance.drawdown.doneForPeriod', { years: words, period: plan.periodLabel }) : t('state.finance.drawdown.doneByYear', { years: words });
        set({ message: { kind: 'info', text } });
        return true;
      } catch (error) {
        return refuse(context, error);
      }
    },
    reductionFromRevenue(perYear = false) {
      const found = financeOf(context);
      if (found === null) return false;
      const { finance, table, plan } = found;
      const computed = computeFinance(finance, table);
      // Revenue rounded down to the plan's unit: Total brought to it never exceeds it.
      const down = (value: Amount) => value.toDecimalPlaces(plan.precision, Dec.ROUND_DOWN);
      const balance = financeRow(computed, BALANCE);
      if (perYear ? balance.years.every((v) => v.isZero()) : balance.total.isZero()) {
        set({ message: { kind: 'info', text: t('state.finance.reduction.balanced') } });
        return true;
      }
      if (!perYear) {
        const total = down(financeRow(computed, REVENUE_TOTAL).total);
        if (total.eq(rowOf(table, TOTAL_ID).total)) {
          set({ message: { kind: 'info', text: t('state.finance.reduction.totalMeetsRevenue') } });
          return true;
        }
        // Like the current reduction where it has one sign; else in proportion to each year's Subtotal.
        const current = rowOf(table, REDUCTION_ID).years;
        const isOneSign = !current.every((v) => v.isZero()) && (current.every((v) => v.lte(0)) || current.every((v) => v.gte(0)));
        if (!addOperations(context, [{ op: 'reduction', mode: 'target', total, profile: isOneSign ? 'current' : 'subtotal' }], t('state.finance.reduction.rationaleForPeriod'))) return false;
        return said(context, t('state.finance.reduction.doneForPeriod', { period: plan.periodLabel, total: formatAmount(total, get().style, plan.precision) }));
      }
      // Each year: the reduction that takes that year's Subtotal to its revenue.
      const subtotal = rowOf(table, SUBTOTAL_ID).years;
      const revenue = financeRow(computed, REVENUE_TOTAL).years;
      const amounts = Object.fromEntries(plan.years.map((year, y) => [year, down(revenue[y]!).minus(subtotal[y]!)]));
      if (!addOperations(context, [{ op: 'reduction', mode: 'amounts', amounts }], t('state.finance.reduction.rationaleByYear'))) return false;
      return said(context, t('state.finance.reduction.doneByYear'));
    },
  };
}

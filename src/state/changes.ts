import { inLanguage } from '../i18n/planShown';
import { isInputRow } from '../model/table';
import { parseAmount, type Amount, type NumberStyle } from '../model/amount';
import { formatShown, fromShown, inputScale, type DisplayUnit } from '../model/displayUnit';
import { describeOperation } from '../model/describe';
import { OperationError, type Operation } from '../model/operation';
import { baselineWords, type Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import { MAX_RATIONALE } from '../model/proposal';
import { isThousandfold, type Rule } from '../model/validity';
import { breachesOf } from './breaches';
import type { Message, Reading, SliceContext } from './appState';
import { commit } from './historySlice';
import { replayOf, withEntry } from './replays';
import { makeScenario, replaceScenario } from './scenarios';
import { activeScenario, cellName, shownPlan } from './selectors';
import { t } from '../i18n/t';
import { semicolonList } from './words';

export type Figure =
  | { readonly ok: true; readonly value: Amount }
  /** `readings`: for a figure that reads two ways, each reading the plan allows, in its unit. */
  | { readonly ok: false; readonly why: string; readonly readings?: Partial<Record<Reading, Amount>> };

/**
 * A figure as typed or pasted, in the style and unit shown, as an amount of
 * the plan's unit; or why it is not one. With `readAs`, a figure that reads
 * two ways (`5,000`) is read the way the person chose.
 */
export function readFigure(text: string, plan: Plan, style: NumberStyle, displayUnit: DisplayUnit, readAs?: Reading): Figure {
  const scale = inputScale(plan, displayUnit);
  const parsed = parseAmount(text, { style, scale });
  if (parsed.ok) return { ok: true, value: fromShown(parsed.value, plan, displayUnit) };
  const { readings } = parsed.error;
  if (readings === undefined) return { ok: false, why: parsed.error.message };
  const allowed: Partial<Record<Reading, Amount>> = {};
  for (const reading of ['thousands', 'decimal'] as const) {
    if (readings[reading].decimalPlaces() <= scale) allowed[reading] = fromShown(readings[reading], plan, displayUnit);
  }
  const chosen = readAs === undefined ? undefined : allowed[readAs];
  return chosen === undefined ? { ok: false, why: parsed.error.message, readings: allowed } : { ok: true, value: chosen };
}

/** The scenario to change: the active one, or a new one when the baseline is shown (the published baseline stays read-only). */
function editable({ get, newId, now }: SliceContext, name?: string): { scenario: Scenario; isNew: boolean } {
  const s = get();
  const active = activeScenario(s);
  if (active !== null) return { scenario: active, isNew: false };
  return { scenario: makeScenario(s, { id: newId(), name, planId: s.activePlanId, parent: null, createdAt: now().toISOString() }), isNew: true };
}

/** Rules whose breach no finance officer would mean: an operation that newly breaks one asks first. */
const ABSURD: readonly Rule[] = ['negative-total', 'share-range', 'reduction-size', 'reduction-sign'];

/** The absurd rules the scenario breaks after the change and did not before, in words; none when the change is sane. */
function newlyAbsurd(context: SliceContext, plan: Plan, before: Scenario, after: Scenario): string[] {
  const { style, displayUnit } = context.get();
  const absurd = (scenario: Scenario) => breachesOf(replayOf(plan, scenario), scenario.entries, plan, style, displayUnit).filter((b) => ABSURD.includes(b.rule));
  const had = new Set(absurd(before).map((b) => b.rule));
  return absurd(after).filter((b) => !had.has(b.rule)).map((b) => b.text);
}

/** The typed figures (and the envelope) the change makes about a thousand times larger or smaller, each with both: the slip of a table kept in thousands. */
function slipsOf(context: SliceContext, plan: Plan, before: Scenario, after: Scenario): string[] {
  const { style, displayUnit } = context.get();
  const shown = (value: Amount) => formatShown(value, plan, style, displayUnit);
  const [old, now] = [replayOf(plan, before), replayOf(plan, after)];
  const slips = now.table.rows.flatMap((row) => {
    const position = old.table.index.get(row.id);
    const was = position === undefined ? undefined : old.table.rows[position];
    if (!isInputRow(row) || was === undefined || was === row) return [];
    return row.years.flatMap((value, y) => (isThousandfold(was.years[y]!, value) ? [t('state.change.slip', { cell: cellName(now.table, row.id, now.table.layout.years[y]!), value: shown(value), was: shown(was.years[y]!) })] : []));
  });
  const envelope = [old.state.envelope.total, now.state.envelope.total] as const;
  return isThousandfold(...envelope) ? [...slips, t('state.change.slipEnvelope', { value: shown(envelope[1]), was: shown(envelope[0]) })] : slips;
}

/**
 * What a change would do that no finance officer is likely to mean, in words,
 * for the person to confirm: rules newly broken (a Total below zero…) and
 * figures replaced by others a thousand times larger or smaller.
 */
export function doubtsAbout(context: SliceContext, plan: Plan, before: Scenario, after: Scenario, { isSlipChecked = false } = {}): string[] {
  const slips = isSlipChecked ? [] : slipsOf(context, plan, before, after);
  const absurd = newlyAbsurd(context, plan, before, after);
  return [
    ...(absurd.length > 0 ? [t('state.change.doubt.invalid', { breaches: semicolonList(absurd) })] : []),
    ...(slips.length > 0 ? [t('state.change.doubt.thousandfold', { slips: semicolonList(slips) })] : []),
  ];
}

export interface ChangeOptions {
  /** The cell the change was typed in. */
  readonly cell?: Message['cell'];
  /** The name of the scenario made when the baseline is shown. */
  readonly name?: string;
  /** The person has seen what the change would do and wants it all the same. */
  readonly isConfirmed?: boolean;
  /** Thousandfold figures were asked about already (a typed cell, a pasted block). */
  readonly isSlipChecked?: boolean;
}

/**
 * Adds operations to the active scenario as one change (one undo step);
 * refuses them all, with the first refusal's reason, if one is refused. A
 * change whose result breaks a rule no one would mean (a Total below zero, a
 * share over 100 %) is not applied until the person confirms it.
 */
export function addOperations(context: SliceContext, operations: readonly Operation[], rationale: string, options: ChangeOptions = {}): boolean {
  const { get, set, now, newId } = context;
  const { cell, name } = options;
  if (rationale.trim().length > MAX_RATIONALE) {
    set({ message: { kind: 'error', text: t('state.change.rationaleTooLong', { length: rationale.trim().length, max: MAX_RATIONALE }) } });
    return false;
  }
  const { scenario, isNew } = editable(context, name);
  const plan = shownPlan(get());
  let operation = operations[0]!;
  const what = () => (cell ? cellName(replayOf(plan, activeScenario(get())).table, cell.rowId, cell.columnId) : describeOperation(operation, plan, get().style));
  try {
    const at = now().toISOString();
    let extended = scenario;
    for (operation of operations) extended = withEntry(plan, extended, operation, { id: newId(), rationale: rationale.trim(), at });
    const doubts = options.isConfirmed ? [] : doubtsAbout(context, plan, scenario, extended, options);
    if (doubts.length > 0) {
      const anyway = { label: t('state.change.applyAnyway'), testId: 'apply-anyway', run: () => void addOperations(context, operations, rationale, { ...options, isConfirmed: true }) };
      set({ message: { kind: 'error', text: t('state.change.notYet', { what: what(), doubts: doubts.join(t('state.join.and')) }), ...(cell ? { cell } : {}), choices: [anyway] } });
      return false;
    }
    const { scenarios } = get();
    commit(context, {
      data: { scenarios: isNew ? [...scenarios, extended] : replaceScenario(scenarios, extended) },
      target: { planId: extended.planId, scenarioId: extended.id },
      view: { activeId: extended.id },
      message: isNew ? { kind: 'info', text: t('state.change.inNewScenario', { baseline: baselineWords(inLanguage(plan)), name: scenario.name }) } : null,
    });
    return true;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    set({ message: { kind: 'error', text: t('state.change.refused', { what: what(), reason: error.message }), ...(cell ? { cell } : {}) } });
    return false;
  }
}

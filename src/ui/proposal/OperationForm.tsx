import { Fragment, useState, type ReactNode } from 'react';
import { parseAmount, type Amount } from '../../model/amount';
import type { Operation, OperationName } from '../../model/operation';
import { REDUCTION_ID, TOTAL_COLUMN, walkLines } from '../../model/plan';
import { shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from '../common/storeContext';

const KINDS: { value: OperationName | `reduction:${string}`; label: string }[] = [
  { value: 'transfer', label: 'Move money between lines (transfer)' },
  { value: 'setShare', label: 'Set a line’s share of Total' },
  { value: 'scale', label: 'Scale a line by a percentage' },
  { value: 'spread', label: 'Set a biennium or period total and spread it' },
  { value: 'set', label: 'Set one yearly amount' },
  { value: 'reduction:target', label: 'Bring Total to a target through the reduction' },
  { value: 'reduction:amounts', label: 'Set the reduction by year' },
  { value: 'reduction:rates', label: 'Set the reduction as % of each year’s Subtotal' },
  { value: 'reduction:progressive', label: 'Set a progressive reduction (first year, step)' },
  { value: 'lock', label: 'Lock a line' },
  { value: 'unlock', label: 'Unlock a line' },
  { value: 'envelope', label: 'Set the envelope' },
];

/** Percentages and shares may carry decimals beyond the plan's precision. */
const PERCENT_SCALE = 6;

class FieldError extends Error {}

/** Builds and applies one operation of the active scenario, with a rationale. */
export function OperationForm() {
  const store = useAppStore();
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const [kind, setKind] = useState<(typeof KINDS)[number]['value']>('transfer');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [years, setYears] = useState<string[]>([...plan.years]);
  const [rationale, setRationale] = useState('');

  const lines = [...walkLines(plan.lines)];
  const field = (name: string, fallback = '') => fields[name] ?? fallback;
  const put = (name: string) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const label = KINDS.find((k) => k.value === kind)!.label;

  const number = (name: string, what: string, scale: number): Amount => {
    const text = field(name);
    const parsed = parseAmount(text, { style, scale });
    if (!parsed.ok) throw new FieldError(`${what}: “${text}” ${parsed.error.message}`);
    return parsed.value;
  };
  const amount = (name: string, what: string) => number(name, what, plan.precision);
  const percent = (name: string, what: string) => number(name, what, PERCENT_SCALE);
  const line = (name: string) => field(name, plan.lines[0]?.code ?? '');
  const byYear = (prefix: string, what: string, read: (name: string, what: string) => Amount) => {
    const entries = plan.years.filter((year) => field(`${prefix}${year}`).trim() !== '').map((year) => [year, read(`${prefix}${year}`, `${what} ${year}`)] as const);
    if (entries.length === 0) throw new FieldError(`${what}: give at least one year`);
    return Object.fromEntries(entries);
  };

  const build = (): Operation => {
    switch (kind) {
      case 'set':
        return { op: 'set', line: line('line'), year: field('year', plan.years[0]), value: amount('value', 'Amount') };
      case 'transfer':
        return { op: 'transfer', from: line('from'), to: field('to', plan.lines[1]?.code ?? ''), amount: amount('amount', 'Amount'), years };
      case 'scale':
        return { op: 'scale', line: line('line'), percent: percent('percent', 'Percentage'), years, compensate: field('compensate', 'pro-rata') === 'none' ? 'none' : 'pro-rata' };
      case 'setShare':
        return { op: 'setShare', line: line('line'), share: percent('share', 'Share') };
      case 'spread':
        return { op: 'spread', line: line('line'), period: field('period', plan.biennia[0]?.id ?? TOTAL_COLUMN), value: amount('value', 'Amount'), method: field('method', 'proportional') === 'even' ? 'even' : 'proportional' };
      case 'lock':
      case 'unlock':
        return { op: kind, line: line('line') };
      case 'envelope': {
        const biennia = Object.fromEntries(
          plan.biennia.filter((b) => field(`env-${b.id}`).trim() !== '').map((b) => [b.id, amount(`env-${b.id}`, `Envelope ${b.id}`)]),
        );
        return { op: 'envelope', total: amount('total', 'Envelope'), ...(Object.keys(biennia).length ? { biennia } : {}) };
      }
      case 'reduction:target': {
        const profile = field('profile', 'current');
        return { op: 'reduction', mode: 'target', total: amount('total', 'Target Total'), profile: profile === 'even' || profile === 'subtotal' ? profile : 'current' };
      }
      case 'reduction:amounts':
        return { op: 'reduction', mode: 'amounts', amounts: byYear('red-', 'Reduction', amount) };
      case 'reduction:rates':
        return { op: 'reduction', mode: 'rates', rates: byYear('rate-', 'Rate', percent) };
      case 'reduction:progressive':
        return { op: 'reduction', mode: 'progressive', first: amount('first', 'First year'), step: amount('step', 'Step') };
    }
    throw new FieldError(`unknown operation ${kind}`);
  };

  const submit = () => {
    let operation: Operation;
    try {
      operation = build();
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      store.setState({ message: { kind: 'error', text: `${label} — ${error.message}. Nothing was changed.` } });
      return;
    }
    if (store.getState().applyOperation(operation, rationale)) setRationale('');
  };

  const lineSelect = (name: string, text: string, fallback = plan.lines[0]?.code ?? '', withReduction = false) => (
    <Field label={text}>
      <select data-testid={`op-field-${name}`} value={field(name, fallback)} onChange={(e) => put(name)(e.target.value)}>
        {lines.map(({ line: l, depth }) => (
          <option key={l.code} value={l.code}>
            {'\u2003'.repeat(depth)}
            {l.code} {l.name}
          </option>
        ))}
        {withReduction && <option value={REDUCTION_ID}>{plan.reduction.name}</option>}
      </select>
    </Field>
  );
  const text = (name: string, what: string, placeholder = '') => (
    <Field label={what}>
      <input data-testid={`op-field-${name}`} inputMode="decimal" value={field(name)} placeholder={placeholder} onChange={(e) => put(name)(e.target.value)} />
    </Field>
  );
  const choice = (name: string, what: string, options: [string, string][]) => (
    <Field label={what}>
      <select data-testid={`op-field-${name}`} value={field(name, options[0]![0])} onChange={(e) => put(name)(e.target.value)}>
        {options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </Field>
  );
  const yearBoxes = (
    <fieldset className="years">
      <legend>Years</legend>
      {plan.years.map((year) => (
        <label key={year}>
          <input
            type="checkbox"
            data-testid={`op-year-${year}`}
            checked={years.includes(year)}
            onChange={() => setYears((ys) => (ys.includes(year) ? ys.filter((y) => y !== year) : plan.years.filter((y) => y === year || ys.includes(y))))}
          />
          {year}
        </label>
      ))}
    </fieldset>
  );
  const perYear = (prefix: string, what: string) => plan.years.map((year) => <span key={year}>{text(`${prefix}${year}`, `${what} ${year}`)}</span>);

  const all = (...nodes: ReactNode[]) => nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);
  const body: Record<string, ReactNode> = {
    set: all(lineSelect('line', 'Line', undefined, true), choice('year', 'Year', plan.years.map((y) => [y, y])), text('value', `Amount (${plan.unit})`)),
    transfer: all(lineSelect('from', 'From'), lineSelect('to', 'To', plan.lines[1]?.code ?? ''), text('amount', `Amount per year (${plan.unit})`), yearBoxes),
    scale: all(
      lineSelect('line', 'Line'),
      text('percent', 'New level, % of current', '95'),
      yearBoxes,
      choice('compensate', 'Difference', [
        ['pro-rata', 'taken from / given to the other unlocked lines pro rata'],
        ['none', 'not compensated (Total changes)'],
      ]),
    ),
    setShare: all(lineSelect('line', 'Line'), text('share', 'Share of Total, %', '30')),
    spread: all(
      lineSelect('line', 'Line'),
      choice('period', 'Period', [...plan.biennia.map((b): [string, string] => [b.id, b.id]), [TOTAL_COLUMN, plan.periodLabel]]),
      text('value', `Amount for the period (${plan.unit})`),
      choice('method', 'Spread', [
        ['proportional', 'in proportion to its current years'],
        ['even', 'evenly'],
      ]),
    ),
    lock: all(lineSelect('line', 'Line')),
    unlock: all(lineSelect('line', 'Line')),
    envelope: all(text('total', `Envelope (${plan.unit})`), ...plan.biennia.map((b) => <span key={b.id}>{text(`env-${b.id}`, `Envelope ${b.id} (optional)`)}</span>)),
    'reduction:target': all(
      text('total', `Target Total (${plan.unit})`, '650 000'),
      choice('profile', 'Spread over the years', [
        ['current', 'like the current reduction'],
        ['even', 'in equal parts'],
        ['subtotal', 'in proportion to each year’s Subtotal'],
      ]),
    ),
    'reduction:amounts': perYear('red-', 'Reduction'),
    'reduction:rates': perYear('rate-', '% of Subtotal'),
    'reduction:progressive': all(text('first', `First year (${plan.years[0]})`, '-1 000'), text('step', 'More each year', '-500')),
  };

  return (
    <section className="panel" aria-labelledby="operation-title">
      <h2 id="operation-title">Change the allocation</h2>
      <form
        className="operation-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label="Operation">
          <select data-testid="op-type" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <div className="op-fields">{body[kind]}</div>
        <Field label="Rationale (optional)">
          <textarea data-testid="op-rationale" rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </Field>
        <button type="submit" data-testid="op-apply">
          Apply
        </button>
      </form>
    </section>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

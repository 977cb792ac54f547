import { useId, useMemo } from 'react';
import type { Field } from '../../model/operations/fields';
import { MAX_TEXT, labelText } from '../../model/operations/fields';
import type { CellsDraft, DraftValue, PartDraft } from '../../model/operations/draft';
import { financeChoices } from '../../model/operations/finance';
import { periodColumns } from '../../model/columns';
import { REDUCTION_ID, walkLines, type Plan } from '../../model/plan';
import { CellsInput } from './CellsInput';
import { FormField } from './FormField';
import { PartsInput } from './PartsInput';
import { t } from '../../i18n/t';

interface Props {
  readonly name: string;
  readonly field: Field;
  readonly value: DraftValue;
  readonly plan: Plan;
  readonly onChange: (value: DraftValue) => void;
}

type ByKeyText = Readonly<Record<string, string>>;

/** A text box for a number, named for tests and scripts by `op-field-<name>`. */
function NumberBox({ id, label, value, placeholder, onChange }: { id: string; label: string; value: string; placeholder?: string | undefined; onChange: (text: string) => void }) {
  return (
    <FormField label={label}>
      <input data-testid={`op-field-${id}`} inputMode="decimal" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </FormField>
  );
}

/** Above this many choices (the lines of a 20 000-line plan) a list is no use, and 40 000 options took seconds to draw: a box to type in, with suggestions. */
const MANY = 200;
/** Suggestions shown for what is typed. */
const SUGGESTED = 50;

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (value: string) => void }) {
  if (options.length > MANY) return <SearchSelect id={id} label={label} value={value} options={options} onChange={onChange} />;
  return (
    <FormField label={label}>
      <select data-testid={`op-field-${id}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A code typed in another case ("l00013") is the option's ("L00013"); anything else stays as typed. */
function codeFor(typed: string, options: readonly (readonly [string, string])[]): string {
  const wanted = typed.trim().toLowerCase();
  return options.find(([option]) => option.toLowerCase() === wanted)?.[0] ?? typed;
}

/** A code typed or picked among the first few that match what is typed (code or words); a code not among the options is refused when the change is applied, by name. */
function SearchSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (value: string) => void }) {
  const list = useId();
  const matches = useMemo(() => {
    const typed = value.trim().toLowerCase();
    return options.filter(([option, words]) => option.toLowerCase().startsWith(typed) || words.toLowerCase().includes(typed)).slice(0, SUGGESTED);
  }, [value, options]);
  return (
    <FormField label={label}>
      <input data-testid={`op-field-${id}`} list={list} value={value} placeholder={t('proposal.field.searchPlaceholder')} onChange={(e) => onChange(codeFor(e.target.value, options))} />
      <datalist id={list}>
        {matches.map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </datalist>
    </FormField>
  );
}

/** One box per option, kept in the options' order; named `<prefix>-<value>` for tests and scripts. */
function CheckBoxes({ prefix, label, options, value, onChange }: { prefix: string; label: string; options: readonly (readonly [string, string])[]; value: readonly string[]; onChange: (chosen: string[]) => void }) {
  return (
    <fieldset className="years">
      <legend>{label}</legend>
      {options.map(([option, words]) => (
        <label key={option}>
          <input
            type="checkbox"
            data-testid={`${prefix}-${option}`}
            checked={value.includes(option)}
            onChange={() => onChange(value.includes(option) ? value.filter((v) => v !== option) : options.map(([o]) => o).filter((o) => o === option || value.includes(o)))}
          />
          {words}
        </label>
      ))}
    </fieldset>
  );
}

/** Every line of the plan, indented by depth. */
const lineOptions = (plan: Plan) => [...walkLines(plan.lines)].map(({ line, depth }): [string, string] => [line.code, `${'\u2003'.repeat(depth)}${line.code} ${line.name}`]);

/** One parameter of an operation, as the input its kind calls for. */
export function FieldInput({ name, field, value, plan, onChange }: Props) {
  if (field.kind === 'mode') return null;
  const label = labelText(field.label, plan);
  const text = typeof value === 'string' ? value : '';
  const each = (ids: readonly string[], words: (id: string) => string) =>
    ids.map((id) => (
      <span key={id}>
        <NumberBox id={`${name}-${id}`} label={words(id)} value={(value as ByKeyText)[id] ?? ''} onChange={(typed) => onChange({ ...(value as ByKeyText), [id]: typed })} />
      </span>
    ));
  switch (field.kind) {
    case 'line': {
      const lines = lineOptions(plan);
      const options = field.withReduction ? [...lines, [REDUCTION_ID, plan.reduction.name] as const] : lines;
      return <Select id={name} label={label} value={text} options={options} onChange={onChange} />;
    }
    case 'finance':
      return <Select id={name} label={label} value={text} options={financeChoices(plan, field.of)} onChange={onChange} />;
    case 'year':
      return <Select id={name} label={label} value={text} options={plan.years.map((y) => [y, y])} onChange={onChange} />;
    case 'period':
      return <Select id={name} label={label} value={text} options={periodColumns(plan).map((column) => [column.id, column.heading])} onChange={onChange} />;
    case 'choice':
      return <Select id={name} label={label} value={text} options={field.options} onChange={onChange} />;
    case 'years':
      // `op-year-<year>` for the usual `years` field, `op-<name>-<year>` for any other.
      return <CheckBoxes prefix={name === 'years' ? 'op-year' : `op-${name}`} label={label} options={plan.years.map((y) => [y, y])} value={value as readonly string[]} onChange={onChange} />;
    case 'lines':
      return <CheckBoxes prefix={`op-${name}`} label={label} options={lineOptions(plan)} value={value as readonly string[]} onChange={onChange} />;
    case 'text':
      return (
        <FormField label={label}>
          <input data-testid={`op-field-${name}`} maxLength={MAX_TEXT} value={text} onChange={(e) => onChange(e.target.value)} />
        </FormField>
      );
    case 'amount':
    case 'percent':
      return <NumberBox id={name} label={label} value={text} placeholder={field.placeholder} onChange={onChange} />;
    case 'byYear':
      return <>{each(plan.years, (year) => t('proposal.field.byYear', { label, year }))}</>;
    case 'byPeriod':
      return <>{each(plan.biennia.map((b) => b.id), (id) => t('proposal.field.byPeriod', { label, period: id }))}</>;
    case 'cells':
      return <CellsInput name={name} label={label} value={value as CellsDraft} plan={plan} onChange={onChange} />;
    case 'parts':
      return <PartsInput of={field.of} parts={value as readonly PartDraft[]} plan={plan} onChange={onChange} />;
  }
  return field satisfies never;
}

import type { CellsDraft } from '../../model/operations/draft';
import { REDUCTION_ID, isGroup, walkLines, type Plan } from '../../model/plan';
import { t } from '../../i18n/t';

interface Props {
  readonly name: string;
  readonly label: string;
  readonly value: CellsDraft;
  readonly plan: Plan;
  readonly onChange: (value: CellsDraft) => void;
}

/**
 * Yearly amounts of several rows: one row of boxes per line given (a blank
 * box leaves that year as it is), and a list to add a line or the reduction.
 * Only the rows given are shown, so a plan of thousands of lines does not
 * put thousands of boxes in the form.
 */
export function CellsInput({ name, label, value, plan, onChange }: Props) {
  const rows: (readonly [string, string])[] = [
    ...[...walkLines(plan.lines)].filter(({ line }) => !isGroup(line)).map(({ line }) => [line.code, `${line.code} ${line.name}`] as const),
    [REDUCTION_ID, plan.reduction.name],
  ];
  const given = rows.filter(([row]) => value[row] !== undefined);
  const put = (row: string, year: string, text: string) => onChange({ ...value, [row]: { ...value[row], [year]: text } });
  const remove = (row: string) => onChange(Object.fromEntries(Object.entries(value).filter(([key]) => key !== row)));
  return (
    <fieldset className="parts">
      <legend>{t('proposal.cells.legend', { label, years: plan.years.join(', ') })}</legend>
      {given.map(([row, words]) => (
        <div key={row} className="part" data-testid={`op-${name}-${row}`}>
          <span>{words}</span>
          {plan.years.map((year) => (
            <input
              key={year}
              aria-label={t('proposal.cells.cellLabel', { row: words, year })}
              data-testid={`op-field-${name}-${row}-${year}`}
              inputMode="decimal"
              size={8}
              placeholder={year}
              value={value[row]?.[year] ?? ''}
              onChange={(e) => put(row, year, e.target.value)}
            />
          ))}
          <button type="button" className="link" onClick={() => remove(row)}>
            {t('proposal.remove')}
          </button>
        </div>
      ))}
      <select aria-label={t('proposal.cells.addLabel', { label })} data-testid={`op-${name}-add`} value="" onChange={(e) => e.target.value !== '' && onChange({ ...value, [e.target.value]: {} })}>
        <option value="">{t('proposal.cells.addLine')}</option>
        {rows
          .filter(([row]) => value[row] === undefined)
          .map(([row, words]) => (
            <option key={row} value={row}>
              {words}
            </option>
          ))}
      </select>
    </fieldset>
  );
}

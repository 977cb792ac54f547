import { formatAmount } from '../../model/amount';
import type { FinancialPlan } from '../../model/finance/financialPlan';
import { t } from '../../i18n/t';
import { useApp } from '../common/storeContext';

/**
 * The revenue assumptions, one row per parameter and one box per year:
 * typed like any cell (Enter or leaving the box applies it, as an operation
 * of the scenario shown; a refused figure is said and the box goes back).
 */
export function ParameterTable({ finance, years }: { finance: FinancialPlan; years: readonly string[] }) {
  const style = useApp((s) => s.style);
  const editFinance = useApp((s) => s.editFinance);
  const text = (value: Parameters<typeof formatAmount>[0]) => formatAmount(value, style, value.decimalPlaces());
  return (
    <div className="parameters-scroll">
    <table className="parameters" data-testid="finance-parameters">
      <caption>{t('panels.parameters.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('panels.parameters.parameter')}</th>
          {years.map((year) => (
            <th key={year} scope="col">
              {year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {finance.parameters.map((parameter) => (
          <tr key={parameter.id}>
            <th scope="row">
              {parameter.name} <span className="hint">{t(parameter.isPublic ? 'panels.parameters.public' : 'panels.parameters.illustrative', { unit: parameter.unit })}</span>
            </th>
            {years.map((year, y) => (
              <td key={year}>
                <input
                  // A new value from elsewhere (undo, a solution) replaces what the box shows.
                  key={text(parameter.values[y]!)}
                  data-testid={`parameter-${parameter.id}-${year}`}
                  aria-label={t('panels.parameters.cell', { name: parameter.name, year })}
                  inputMode="decimal"
                  defaultValue={text(parameter.values[y]!)}
                  onKeyDown={(event) => {
                    // Enter applies the figure, as in a cell; Escape gives the box back its figure.
                    if (event.key === 'Enter') event.currentTarget.blur();
                    if (event.key === 'Escape') event.currentTarget.value = text(parameter.values[y]!);
                  }}
                  onBlur={(event) => {
                    const typed = event.currentTarget.value;
                    if (typed.trim() === text(parameter.values[y]!)) return;
                    if (!editFinance('parameter', parameter.id, year, typed)) event.currentTarget.value = text(parameter.values[y]!);
                  }}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

import { useState } from 'react';
import { PRESET_NAMES, type Preset } from '../../model/finance/presets';
import type { Plan } from '../../model/plan';
import { t } from '../../i18n/t';
import { useApp } from '../common/storeContext';

/**
 * Inflation per year, the base the presets start from (each year as
 * planned, or a year carried forward) and the lines recosted (all by
 * default): each preset a new scenario from the plan's own figures.
 */
export function RecostControls({ plan }: { plan: Plan }) {
  const [rates, setRates] = useState<Record<string, string>>({});
  const [baseYear, setBaseYear] = useState('');
  const [lines, setLines] = useState<readonly string[] | null>(null);
  const recostPreset = useApp((s) => s.recostPreset);
  const presets: Preset[] = ['zero-real-growth', 'zero-nominal-growth'];
  const chosen = lines ?? plan.lines.map((line) => line.code);
  return (
    <fieldset className="recost" data-testid="recost">
      <legend>{t('panels.recost.legend')}</legend>
      {plan.years.map((year) => (
        <label key={year} className="field">
          <span>{year}</span>
          <input data-testid={`inflation-${year}`} inputMode="decimal" size={6} value={rates[year] ?? ''} onChange={(event) => setRates({ ...rates, [year]: event.target.value })} />
        </label>
      ))}
      <label className="field">
        <span>{t('panels.recost.from')}</span>
        <select data-testid="preset-base" value={baseYear} onChange={(event) => setBaseYear(event.target.value)}>
          <option value="">{t('panels.recost.asPlanned')}</option>
          {plan.years.slice(0, -1).map((year) => (
            <option key={year} value={year}>
              {t('panels.recost.carriedForward', { year })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('panels.recost.lines')}</span>
        <select
          multiple
          data-testid="preset-lines"
          size={Math.min(plan.lines.length, 5)}
          value={[...chosen]}
          onChange={(event) => setLines([...event.target.selectedOptions].map((option) => option.value))}
        >
          {plan.lines.map((line) => (
            <option key={line.code} value={line.code}>
              {line.code} {line.name}
            </option>
          ))}
        </select>
      </label>
      {presets.map((preset) => (
        <button
          key={preset}
          type="button"
          data-testid={`preset-${preset}`}
          onClick={() => recostPreset(preset, rates, { ...(baseYear === '' ? {} : { baseYear }), ...(lines === null ? {} : { lines }) })}
        >
          {t('panels.recost.preset', { preset: PRESET_NAMES[preset].toLowerCase() })}
        </button>
      ))}
    </fieldset>
  );
}

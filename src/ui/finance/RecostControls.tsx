import { useState } from 'react';
import { PRESET_NAMES, type Preset } from '../../model/finance/presets';
import { useApp } from '../common/storeContext';

/** Inflation per year, and the scenario presets made from it: each a new scenario from the one shown. */
export function RecostControls({ years }: { years: readonly string[] }) {
  const [rates, setRates] = useState<Record<string, string>>({});
  const recostPreset = useApp((s) => s.recostPreset);
  const presets: Preset[] = ['zero-real-growth', 'zero-nominal-growth'];
  return (
    <fieldset className="recost" data-testid="recost">
      <legend>Recosting: inflation, % a year, compounded</legend>
      {years.map((year) => (
        <label key={year} className="field">
          <span>{year}</span>
          <input data-testid={`inflation-${year}`} inputMode="decimal" size={6} value={rates[year] ?? ''} onChange={(event) => setRates({ ...rates, [year]: event.target.value })} />
        </label>
      ))}
      {presets.map((preset) => (
        <button key={preset} type="button" data-testid={`preset-${preset}`} onClick={() => recostPreset(preset, rates)}>
          New scenario: {PRESET_NAMES[preset].toLowerCase()}
        </button>
      ))}
    </fieldset>
  );
}

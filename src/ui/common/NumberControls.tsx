import { canShowMillions } from '../../model/displayUnit';
import { shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from './storeContext';

const STYLE_LABELS: Record<string, string> = {
  document: "57 023 · 36,07% (document)",
  swiss: "57'023 · 36.07% (Swiss)",
  english: '57,023 · 36.07% (English)',
};

/** The number style of the people in the room, and thousands or millions; both kept between visits. */
export function NumberControls() {
  const store = useAppStore();
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const plan = useApp(shownPlan);
  return (
    <div className="toolbar number-controls" role="group" aria-label="Number display">
      <label className="field">
        <span>Numbers</span>
        <select data-testid="number-style" value={style.id} onChange={(event) => store.getState().setNumberStyle(event.target.value)}>
          {Object.entries(STYLE_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Unit</span>
        <select
          data-testid="display-unit"
          value={displayUnit}
          disabled={!canShowMillions(plan)}
          onChange={(event) => store.getState().setDisplayUnit(event.target.value === 'millions' ? 'millions' : 'plan')}
        >
          <option value="plan">{plan.unit}</option>
          {canShowMillions(plan) && <option value="millions">{plan.unit.replace(/thousands/i, 'millions')} (display only)</option>}
        </select>
      </label>
    </div>
  );
}

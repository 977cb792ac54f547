import { canShowMillions } from '../../model/displayUnit';
import { shownPlan } from '../../state/appStore';
import { leftToRight, t } from '../../i18n/t';
import type { MessageId } from '../../i18n/english';
import { useApp, useAppStore } from './storeContext';

/** Each number style: a figure and a share written in it, and the message that names it. */
const STYLES: Record<string, { sample: string; name: MessageId }> = {
  document: { sample: '57 023 · 36,07%', name: 'app.numbers.styleDocument' },
  swiss: { sample: "57'023 · 36.07%", name: 'app.numbers.styleSwiss' },
  english: { sample: '57,023 · 36.07%', name: 'app.numbers.styleEnglish' },
};

/** The number style of the people in the room, and thousands or millions; both kept between visits. */
export function NumberControls() {
  const store = useAppStore();
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const plan = useApp(shownPlan);
  return (
    <div className="toolbar number-controls" role="group" aria-label={t('app.numbers.label')}>
      <label className="field">
        <span>{t('app.numbers.style')}</span>
        <select data-testid="number-style" value={style.id} onChange={(event) => store.getState().setNumberStyle(event.target.value)}>
          {Object.entries(STYLES).map(([id, { sample, name }]) => (
            <option key={id} value={id}>
              {t(name, { sample: leftToRight(sample) })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('app.numbers.unit')}</span>
        <select
          data-testid="display-unit"
          value={displayUnit}
          disabled={!canShowMillions(plan)}
          onChange={(event) => store.getState().setDisplayUnit(event.target.value === 'millions' ? 'millions' : 'plan')}
        >
          <option value="plan">{plan.unit}</option>
          {canShowMillions(plan) && <option value="millions">{t('app.numbers.millions', { unit: plan.unit.replace(/thousands/i, 'millions') })}</option>}
        </select>
      </label>
    </div>
  );
}

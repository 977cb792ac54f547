import { inLanguage } from '../../i18n/planShown';
import { IMPORTED_BASELINE } from '../../model/plan';
import { t } from '../../i18n/t';
import { useApp } from './storeContext';

/** The value of a plan's baseline in the scenario chooser: "" for the published plan, "plan:<id>" for an imported one. */
export const planValue = (planId: string | null) => (planId === null ? '' : `plan:${planId}`);

/**
 * The options of a scenario chooser. To navigate: every plan's read-only
 * baseline followed by its scenarios; to compare: the baseline and the
 * scenarios of the plan shown only (value "" for its baseline). An imported
 * plan's baseline is named as its figures are (a version's: "Real growth"),
 * else after the plan.
 */
export function ScenarioOptions({ baselineLabel, isForCompare = false }: { baselineLabel: string; isForCompare?: boolean }) {
  const scenarios = useApp((s) => s.scenarios);
  const plans = useApp((s) => s.plans);
  const activePlanId = useApp((s) => s.activePlanId);
  // A scenario is not compared with itself.
  const activeId = useApp((s) => s.activeId);
  const options = (planId: string | null, label: string, value: string) => (
    <>
      <option value={value}>{label}</option>
      {scenarios
        .filter((scenario) => scenario.planId === planId && !(isForCompare && scenario.id === activeId))
        .map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.name}
          </option>
        ))}
    </>
  );
  // The baseline shown is not compared with itself: the empty value then asks for a scenario.
  if (isForCompare) return options(activePlanId, activeId === null ? t('app.scenarios.choose') : baselineLabel, '');
  if (plans.length === 0) return options(null, baselineLabel, '');
  return (
    <>
      <optgroup label={t('app.scenarios.published')}>{options(null, baselineLabel, '')}</optgroup>
      {plans.map((plan) => (
        <optgroup key={plan.id} label={plan.title}>
          {options(plan.id, t('app.scenarios.readOnly', { name: plan.baselineName === IMPORTED_BASELINE ? inLanguage(plan).title : inLanguage(plan).baselineName }), planValue(plan.id))}
        </optgroup>
      ))}
    </>
  );
}

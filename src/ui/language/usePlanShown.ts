import { planShown } from '../../i18n/planShown';
import type { Plan } from '../../model/plan';
import { shownPlan } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { useLanguage } from './languageContext';

/** The plan shown, in the words of the language chosen (the same object from one render to the next). */
export function usePlanShown(): Plan {
  const plan = useApp(shownPlan);
  return planShown(plan, useLanguage().language);
}

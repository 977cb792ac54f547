import { IMPORTED_BASELINE, LINE_HEADING, PUBLISHED_PLAN, type Plan } from '../model/plan';
import { planInLanguage, type GenericWords } from '../model/planLanguage';
import type { Language } from './languages';
import { currentLanguage, t } from './t';

/** The app's words for a plan's default ones, in the language chosen ("Subtotal" → "Sous-total"). */
function genericWords(): GenericWords {
  return {
    [PUBLISHED_PLAN.baselineName]: t('common.plan.publishedBaseline'),
    [IMPORTED_BASELINE]: t('common.plan.tableAsImported'),
    [PUBLISHED_PLAN.eyebrow]: t('common.plan.appendixA'),
    [PUBLISHED_PLAN.lineHeading]: t('common.plan.thematicPriority'),
    [LINE_HEADING]: t('common.plan.line'),
    [PUBLISHED_PLAN.subtotalName]: t('common.plan.subtotal'),
    [PUBLISHED_PLAN.totalName]: t('common.plan.total'),
  };
}

/** The plan as the person reads it: its own words in their language where it gives them, the app's for its default words. */
export function planShown(plan: Plan, language: Language): Plan {
  return planInLanguage(plan, language, language === 'en' ? {} : genericWords());
}

/** The plan in the words of the language the app speaks now: for a message or a label made outside React's reach of the menu. */
export function inLanguage(plan: Plan): Plan {
  return planShown(plan, currentLanguage());
}

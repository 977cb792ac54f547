import { shownPlan } from '../../state/appStore';
import { t } from '../../i18n/t';
import { useApp } from '../common/storeContext';
import { useLanguage } from './languageContext';

/**
 * Where a plan gives its names in some languages but not in the one chosen,
 * says so, and in which they are shown: a delegate reading French names in a
 * Spanish interface knows it is the plan, not the app.
 */
export function PlanLanguageNote() {
  const plan = useApp(shownPlan);
  const { language } = useLanguage();
  const given = plan.translations === undefined ? [] : Object.keys(plan.translations);
  if (language === 'en' || given.length === 0 || given.includes(language)) return null;
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const name = (code: string) => names.of(code) ?? code;
  const languages = new Intl.ListFormat([language], { type: 'conjunction' }).format(['en', ...given].map(name));
  return (
    <p className="hint plan-language" data-testid="plan-language-note">
      {t('common.plan.namesIn', { languages, shown: name('en') })}
    </p>
  );
}

import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { t } from '../../i18n/t';
import { useLanguage } from './languageContext';

/** The interface's language, each named in itself so that anyone finds their own. */
export function LanguageMenu() {
  const { language, choose } = useLanguage();
  return (
    // Laid out as the number controls beside it: a label over its menu.
    <label className="field language-menu">
      <span>{t('common.language')}</span>
      <select
        data-testid="language"
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) void choose(next);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

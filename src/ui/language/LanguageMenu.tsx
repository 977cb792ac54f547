import { useId } from 'react';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { t } from '../../i18n/t';
import { useLanguage } from './languageContext';

/** The interface's language, each named in itself so that anyone finds their own. */
export function LanguageMenu() {
  const { language, choose } = useLanguage();
  const id = useId();
  return (
    <span className="language-menu">
      <label htmlFor={id}>{t('common.language')}</label>
      <select
        id={id}
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
    </span>
  );
}

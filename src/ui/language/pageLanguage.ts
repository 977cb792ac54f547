import { t } from '../../i18n/t';
import { isRightToLeft, type Language } from '../../i18n/languages';

/**
 * The document follows the language: `lang` for screen readers, hyphenation
 * and fonts; `dir` so that the page, its panels and the grid mirror in
 * Arabic; the title in the tab bar.
 */
export function showPageLanguage(page: Document, language: Language): void {
  page.documentElement.lang = language;
  page.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  page.title = t('common.pageTitle');
}

/** The Union's six official languages, by code, each named in itself for the menu. */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ar: 'العربية',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
  zh: '中文',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Arabic is written right to left; the page, the grid and the panels are mirrored. */
export function isRightToLeft(language: Language): boolean {
  return language === 'ar';
}

/** The first of the browser's languages the app speaks (`fr-CH` → `fr`), else English. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return 'en';
}

const KEY = 'linkage-calculator/language';

/** The language chosen before in this browser, else the browser's own. A store that cannot be read is no reason not to start. */
export function startingLanguage(page: { localStorage?: Storage; navigator: { languages?: readonly string[]; language?: string } }): Language {
  try {
    const kept = page.localStorage?.getItem(KEY);
    if (isLanguage(kept)) return kept;
  } catch {
    // storage refused (private mode, policy): the browser's language then
  }
  const { languages, language } = page.navigator;
  return browserLanguage(languages && languages.length > 0 ? languages : [language ?? 'en']);
}

/** Remembers the choice; where storage is refused the choice lasts for this visit. */
export function keepLanguage(page: { localStorage?: Storage }, language: Language): void {
  try {
    page.localStorage?.setItem(KEY, language);
  } catch {
    // nothing more to do: the page shows the language anyway
  }
}

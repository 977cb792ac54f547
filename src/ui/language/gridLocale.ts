import type { Language } from '../../i18n/languages';

export type GridLocaleText = { [key: string]: string };

const ENGLISH: GridLocaleText = {};

const loaded = new Map<Language, GridLocaleText>();

/** Loads AG Grid's words for a language (none needed in English) before the grid is drawn in it. */
export async function loadGridLocale(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return;
  const locales = await import('./gridLocales');
  loaded.set(language, { ...locales[language] });
}

/** AG Grid's words in the language, for its `localeText` (none: its own English). */
export const gridLocaleText = (language: Language): GridLocaleText => loaded.get(language) ?? ENGLISH;

import { createContext, useContext } from 'react';
import type { Language } from '../../i18n/languages';

export interface LanguageChoice {
  readonly language: Language;
  /** Loads the language's catalogue, then shows the whole interface in it and remembers it. */
  readonly choose: (language: Language) => Promise<void>;
}

export const LanguageContext = createContext<LanguageChoice>({ language: 'en', choose: async () => {} });

/** The interface's language and the way to change it. */
export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}

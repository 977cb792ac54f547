import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { keepLanguage, LANGUAGE_NAMES, type Language } from '../../i18n/languages';
import { chooseLanguage, t } from '../../i18n/t';
import { forgetReplays } from '../../state/replays';
import { useAppStore } from '../common/storeContext';
import { loadGridLocale } from './gridLocale';
import { LanguageContext } from './languageContext';
import { showPageLanguage } from './pageLanguage';

/**
 * Holds the interface's language. A change draws the whole app again (its
 * `key`), so that no text made in the previous language stays on screen; the
 * workspace itself is in the store above and is not touched.
 */
export function LanguageRoot({ initial, children }: { initial: Language; children: (language: Language) => ReactNode }) {
  const store = useAppStore();
  const [language, setLanguage] = useState(initial);
  const choose = useCallback(async (next: Language) => {
    try {
      await Promise.all([chooseLanguage(next), loadGridLocale(next)]);
    } catch {
      // Its catalogue could not be loaded (offline before it was ever kept): the app stays in its language, and says so.
      store.setState({ message: { kind: 'error', text: t('common.languageUnavailable', { language: LANGUAGE_NAMES[next] }) } });
      return;
    }
    forgetReplays();
    // A message said in the previous language would stay so: it goes, as if dismissed.
    store.getState().dismissMessage();
    keepLanguage(window, next);
    showPageLanguage(document, next);
    setLanguage(next);
  }, [store]);
  const choice = useMemo(() => ({ language, choose }), [language, choose]);
  return <LanguageContext value={choice}>{children(language)}</LanguageContext>;
}

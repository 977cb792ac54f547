import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/appStore';
import { baselinePlan, baselineStrategy } from './state/baseline';
import { memoryStorage, type KeyValueStorage } from './state/browserStorage';
import { openIndexedStorage, type IndexedStorage } from './state/indexedStorage';
import { followOtherTabs } from './state/tabSync';
import { followProposalLinks } from './state/proposalLinks';
import { appUpdate } from './state/appUpdate';
import { registerSW } from 'virtual:pwa-register';
import { App } from './ui/App';
import { startingLanguage } from './i18n/languages';
import { chooseLanguage, t } from './i18n/t';
import { LanguageRoot } from './ui/language/LanguageRoot';
import { showPageLanguage } from './ui/language/pageLanguage';
import { loadGridLocale } from './ui/language/gridLocale';
import { PanelStoreContext, StoreContext } from './ui/common/storeContext';
import { followingStore } from './ui/common/followingStore';
import './ui/app.css';

/**
 * The browser's storage: IndexedDB (what localStorage held before moved into
 * it), else localStorage where IndexedDB is refused, else memory with the
 * problem shown.
 */
async function browserStorage(): Promise<{ storage: KeyValueStorage; indexed: IndexedStorage | null; problem: string | null }> {
  let local: Storage | null = null;
  try {
    local = window.localStorage;
    local.getItem('linkage-calculator/probe');
  } catch {
    local = null;
  }
  try {
    const indexed = await openIndexedStorage({ legacy: local, page: window });
    return { storage: indexed, indexed, problem: null };
  } catch (error) {
    if (local !== null) return { storage: local, indexed: null, problem: null };
    return { storage: memoryStorage(), indexed: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

// The browser's storage opens while the language loads: neither waits for the other.
const opened = browserStorage();
// The language chosen before, else the browser's; English if its catalogue cannot be loaded.
let language = startingLanguage(window);
await Promise.all([chooseLanguage(language), loadGridLocale(language)]).catch(async () => {
  language = 'en';
  await chooseLanguage(language);
});
showPageLanguage(document, language);

const { storage, indexed, problem } = await opened;
const store = createAppStore(baselinePlan(), { storage, strategy: baselineStrategy() });
// Another tab of the app on the same workspace: follow its changes, never overwrite them.
followOtherTabs(store, indexed?.events ?? window, storage);
if (problem !== null) {
  store.setState({ storage: { ...store.getState().storage, writeError: t('common.storageRefused', { problem }) } });
}
// A proposal sent as a link opens as a new scenario.
void followProposalLinks(store, window);
// A write the database refused after the store took it (quota) is shown; the next one that succeeds clears it.
let refused: string | null = null;
indexed?.onWrite((error) => {
  const { storage: problems } = store.getState();
  if (error !== null) store.setState({ storage: { ...problems, writeError: error } });
  else if (refused !== null && problems.writeError === refused) store.setState({ storage: { ...problems, writeError: null } });
  refused = error;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext value={store}>
      <PanelStoreContext value={followingStore(store)}>
        <LanguageRoot initial={language}>{(shown) => <App key={shown} />}</LanguageRoot>
      </PanelStoreContext>
    </StoreContext>
  </StrictMode>,
);

// The service worker that keeps the app for offline use (the built app only). A new version waits to be chosen;
// once chosen in one tab it serves every tab, and only that tab reloads: another tab is told, not reloaded under
// the person's hands (its pool, a form half filled).
let isChosenHere = false;
const update = registerSW({
  onNeedRefresh: () => appUpdate.offer(() => ((isChosenHere = true), void update(true))),
  onNeedReload: () => (isChosenHere ? window.location.reload() : appUpdate.offer(() => window.location.reload(), true)),
});

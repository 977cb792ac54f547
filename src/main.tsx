import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/appStore';
import { baselinePlan, baselineStrategy } from './state/baseline';
import { memoryStorage, type KeyValueStorage } from './state/browserStorage';
import { followOtherTabs } from './state/tabSync';
import { App } from './ui/App';
import { StoreContext } from './ui/common/storeContext';
import './ui/app.css';

/** The browser's storage, or memory (with the problem shown) where the browser refuses it. */
function browserStorage(): { storage: KeyValueStorage; problem: string | null } {
  try {
    const storage = window.localStorage;
    storage.getItem('linkage-calculator/probe');
    return { storage, problem: null };
  } catch (error) {
    return { storage: memoryStorage(), problem: error instanceof Error ? error.message : String(error) };
  }
}

const { storage, problem } = browserStorage();
const store = createAppStore(baselinePlan(), { storage, strategy: baselineStrategy() });
// Another tab of the app on the same workspace: follow its changes, never overwrite them.
followOtherTabs(store, window);
if (problem !== null) {
  store.setState({ storage: { ...store.getState().storage, writeError: `this browser does not let the app keep data (${problem})` } });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);

import { render } from '@testing-library/react';
import type { Plan } from '../../src/model/plan';
import { createAppStore } from '../../src/state/appStore';
import { memoryStorage } from '../../src/state/browserStorage';
import { baselineStrategy } from '../../src/state/baseline';
import { App } from '../../src/ui/App';
import { StoreContext } from '../../src/ui/common/storeContext';

// jsdom lays nothing out, so it has no ResizeObserver; the grid's column fit (useColumnFit) needs one, and here has nothing to fit.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** Renders the whole app over its own store, as main.tsx does. */
export function renderApp(plan: Plan, storage = memoryStorage()) {
  const store = createAppStore(plan, { storage, strategy: baselineStrategy() });
  const view = render(
    <StoreContext value={store}>
      <App />
    </StoreContext>,
  );
  const cellText = (rowId: string, columnId: string) =>
    view.container.querySelector(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${columnId}"]`)?.textContent?.trim() ?? null;
  return { store, view, cellText };
}

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

// Nor lengths: a padding the grid's theme writes as calc() comes back as that text, which the grid reads as
// NaN; a name cell that grows with its text (autoHeight) then never measures the same twice and is measured
// without end. Here such a length is 0 px, as a layout engine would give.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element, pseudo) =>
  new Proxy(computedStyle(element, pseudo), {
    get(style, key) {
      const value: unknown = Reflect.get(style, key);
      if (typeof value === 'function') return (value as (...args: unknown[]) => unknown).bind(style);
      const isLength = typeof key === 'string' && /^(padding|border|margin)[A-Z]/.test(key);
      return isLength && typeof value === 'string' && value !== '' && Number.isNaN(Number.parseFloat(value)) ? '0px' : value;
    },
  });

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

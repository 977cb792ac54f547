import { Activity, createContext, useContext, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { SHOW_TAB_EVENT } from './regions';

/** The tab shown, for a panel that draws only when seen (the charts). */
export const ShownTabContext = createContext<string | null>(null);

/** Whether a panel's tab is shown: outside the tabs (a page of its own, a test) it always is. */
export function useIsTabShown(id: string): boolean {
  const shown = useContext(ShownTabContext);
  return shown === null || shown === id;
}

export interface SideTab {
  readonly id: string;
  readonly label: ReactNode;
  readonly content: ReactNode;
  /** Kept drawn while hidden: a panel whose effects must run unseen (the operation form brings its tab forward itself). */
  readonly isAlwaysLive?: boolean;
}

/**
 * The panels beside the table, one shown at a time, as tabs (the WAI-ARIA
 * pattern: arrows, Home and End move between tabs). Every panel stays in the
 * page, hidden, so F6 and the skip links can reach a region in another tab:
 * they ask its tab to show itself (`SHOW_TAB_EVENT`), and the tab is shown at
 * once so that the focus can land in it. A hidden panel is an Activity in
 * hidden mode: its state and elements are kept, but it is drawn again only
 * when nothing else waits, so an edit of the table does not wait for
 * panels no one sees (a comparison of 20 000 lines) to be drawn.
 */
export function SideTabs({ tabs, label }: { tabs: readonly SideTab[]; label: string }) {
  const [shown, setShownTab] = useState(tabs[0]!.id);
  const root = useRef<HTMLDivElement>(null);
  // Each tab opens at its top, not where the one before was scrolled to.
  const setShown = (id: string) => {
    setShownTab(id);
    const pane = root.current?.parentElement;
    if (pane) pane.scrollTop = 0;
  };
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    const show = (event: Event) => {
      const panel = (event.target as Element).closest<HTMLElement>('[role="tabpanel"]');
      const id = panel?.dataset.tab;
      if (id !== undefined) flushSync(() => setShownTab(id));
      if (element.parentElement) element.parentElement.scrollTop = 0;
    };
    element.addEventListener(SHOW_TAB_EVENT, show);
    return () => element.removeEventListener(SHOW_TAB_EVENT, show);
  }, [root]);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === shown);
    // The arrow towards the next tab: the left one where the page is written right to left (Arabic).
    const isRightToLeft = root.current !== null && getComputedStyle(root.current).direction === 'rtl';
    const step = { ArrowRight: isRightToLeft ? -1 : 1, ArrowLeft: isRightToLeft ? 1 : -1 }[event.key];
    const to = step !== undefined ? at + step : { Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    setShown(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <div className="side-tabs" ref={root}>
      <div className="tab-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(button) => void (button === null ? buttons.current.delete(tab.id) : buttons.current.set(tab.id, button))}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === shown}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === shown ? 0 : -1}
            data-testid={`tab-${tab.id}`}
            onClick={() => setShown(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`tabpanel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          className="tab-panel"
          data-tab={tab.id}
          hidden={tab.id !== shown}
        >
          <Activity mode={tab.isAlwaysLive === true || tab.id === shown ? 'visible' : 'hidden'}>
            <ShownTabContext value={shown}>{tab.content}</ShownTabContext>
          </Activity>
        </div>
      ))}
    </div>
  );
}

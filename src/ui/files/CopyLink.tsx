import { useState } from 'react';
import { writeProposal } from '../../io/proposalFile';
import { MAX_LINK_LENGTH, proposalLink } from '../../io/proposalLink';
import type { Scenario } from '../../model/scenario';
import { Dec, formatAmount } from '../../model/amount';
import { activeScenario, shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from '../common/storeContext';

const changes = (count: number) => `${count} change${count === 1 ? '' : 's'}`;

/**
 * "Copy link": the scenario shown as a link carrying its proposal (see
 * proposalLink.ts), copied to the clipboard where the browser allows it and
 * shown to select otherwise. The link shown is the scenario's as it was when
 * copied: another scenario shown, or this one changed, and it is gone.
 */
export function CopyLink() {
  const store = useAppStore();
  const active = useApp(activeScenario);
  const [made, setMade] = useState<{ readonly of: Scenario; readonly link: string } | null>(null);

  const copy = async () => {
    const state = store.getState();
    const scenario = activeScenario(state);
    if (scenario === null) return;
    const plan = shownPlan(state);
    const text = writeProposal({ name: scenario.name, plan, entries: scenario.entries, savedAt: new Date().toISOString() });
    const link = proposalLink(window.location.href, text, plan);
    if ('tooLong' in link) {
      setMade(null);
      // Counted in the number style chosen: “8,000” reads as eight where a comma is the decimal mark.
      const count = (n: number) => formatAmount(new Dec(n), state.style, 0);
      store.setState({ message: { kind: 'error', text: `“${scenario.name}” (${changes(scenario.entries.length)}) is too long for a link: it would take ${count(link.tooLong)} characters, and a link holds at most ${count(MAX_LINK_LENGTH)}. Save it as a file (Save proposal) and send the file instead.` } });
      return;
    }
    setMade({ of: scenario, link: link.link });
    let isCopied = true;
    try {
      await navigator.clipboard.writeText(link.link);
    } catch {
      isCopied = false;
    }
    const opened = 'whoever opens it gets it as a new scenario of their own, checked as a proposal file is.';
    store.setState({ message: { kind: 'info', text: isCopied ? `A link to “${scenario.name}” (${changes(scenario.entries.length)}) is copied: ${opened}` : `The link to “${scenario.name}” is shown below the buttons: select it and copy it (Ctrl+C); ${opened}` } });
  };

  return (
    <>
      <button type="button" disabled={active === null} onClick={() => void copy()} data-testid="copy-link" title="A link that carries the proposal shown, to send by e-mail or chat">
        Copy link
      </button>
      {made !== null && made.of === active && (
        <span className="share-link">
          <input type="text" readOnly value={made.link} aria-label={`Link to “${made.of.name}”`} onFocus={(event) => event.currentTarget.select()} data-testid="share-link" />
          <button type="button" onClick={() => setMade(null)} aria-label="Close the link">
            ×
          </button>
        </span>
      )}
    </>
  );
}

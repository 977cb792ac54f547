import { useState } from 'react';
import { writeProposal } from '../../io/proposalFile';
import { MAX_LINK_LENGTH, proposalLink } from '../../io/proposalLink';
import type { Scenario } from '../../model/scenario';
import { Dec, formatAmount } from '../../model/amount';
import { activeScenario, shownPlan } from '../../state/appStore';
import { t } from '../../i18n/t';
import { useApp, useAppStore } from '../common/storeContext';

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
      store.setState({ message: { kind: 'error', text: t('panels.copyLink.tooLong', { name: scenario.name, count: scenario.entries.length, length: count(link.tooLong), max: count(MAX_LINK_LENGTH) }) } });
      return;
    }
    setMade({ of: scenario, link: link.link });
    let isCopied = true;
    try {
      await navigator.clipboard.writeText(link.link);
    } catch {
      isCopied = false;
    }
    const said = isCopied ? t('panels.copyLink.copied', { name: scenario.name, count: scenario.entries.length }) : t('panels.copyLink.shown', { name: scenario.name });
    store.setState({ message: { kind: 'info', text: said } });
  };

  return (
    <>
      <button type="button" disabled={active === null} onClick={() => void copy()} data-testid="copy-link" title={t('panels.copyLink.title')}>
        {t('panels.copyLink.button')}
      </button>
      {made !== null && made.of === active && (
        <span className="share-link">
          <input type="text" readOnly value={made.link} aria-label={t('panels.copyLink.linkLabel', { name: made.of.name })} onFocus={(event) => event.currentTarget.select()} data-testid="share-link" />
          <button type="button" onClick={() => setMade(null)} aria-label={t('panels.copyLink.close')}>
            ×
          </button>
        </span>
      )}
    </>
  );
}

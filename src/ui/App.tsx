import { unitLabel } from '../model/displayUnit';
import { useEffect, useState } from 'react';
import { AppendixGrid } from './grid/AppendixGrid';
import { PrintView } from './print/PrintView';
import { useIsPrinting } from './print/useIsPrinting';
import { ChartsPanel } from './charts/ChartsPanel';
import { ComparePanel } from './compare/ComparePanel';
import { EnvelopeIndicator } from './grid/EnvelopeIndicator';
import { ImportPreviewPanel } from './files/ImportPreviewPanel';
import { MessageBar } from './common/MessageBar';
import { NumberControls } from './common/NumberControls';
import { NewOperationPanel } from './proposal/NewOperationPanel';
import { ProposalPanel } from './proposal/ProposalPanel';
import { ScenarioBar } from './proposal/ScenarioBar';
import { StorageBanner } from './common/StorageBanner';
import { StrategyPanel } from './strategy/StrategyPanel';
import { shownPlan } from '../state/appStore';
import { useApp } from './common/storeContext';
import { SkipLinks } from './common/SkipLinks';
import { useRegionKeys } from './common/useRegionKeys';

/** Whether the page shows the print view (at #print) instead of the workspace. */
function usePrintView(): [boolean, (on: boolean) => void] {
  const [isOn, setOn] = useState(() => window.location.hash === '#print');
  useEffect(() => {
    const follow = () => setOn(window.location.hash === '#print');
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return [isOn, (on) => void (window.location.hash = on ? 'print' : '')];
}

export function App() {
  const plan = useApp(shownPlan);
  const displayUnit = useApp((s) => s.displayUnit);
  const [isPrintView, showPrintView] = usePrintView();
  const isPrinting = useIsPrinting();
  useRegionKeys();
  if (isPrintView) {
    return (
      <main className="app app-print">
        <div className="no-print toolbar">
          <button type="button" onClick={() => showPrintView(false)} data-testid="close-print-view">
            Back to the table
          </button>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <PrintView />
      </main>
    );
  }
  return (
    <>
    <main className="app no-print">
      <SkipLinks />
      <header className="app-header">
        <p className="eyebrow">Appendix A – Allocation of resources</p>
        <h1 data-testid="title">{plan.title}</h1>
        <p className="meta">
          <span data-testid="unit">{unitLabel(plan, displayUnit)}</span>
          <span aria-hidden="true"> · </span>
          <span className="source">{plan.source}</span>
        </p>
      </header>
      <StorageBanner />
      <ScenarioBar />
      <NumberControls />
      <EnvelopeIndicator />
      <MessageBar />
      <ImportPreviewPanel />
      <AppendixGrid />
      {plan.note && (
        <p className="note" data-testid="note">
          <strong>Note:</strong> {plan.note}
        </p>
      )}
      <div className="panels">
        <ProposalPanel />
        <NewOperationPanel />
      </div>
      <StrategyPanel />
      <ChartsPanel />
      <ComparePanel />
      <p>
        <button type="button" onClick={() => showPrintView(true)} data-testid="open-print-view">
          Print view
        </button>
      </p>
    </main>
    {/* What the browser prints from the workspace too (see @media print in app.css), made only when printing. */}
    {isPrinting && (
      <div className="print-only">
        <PrintView />
      </div>
    )}
    </>
  );
}

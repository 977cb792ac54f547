import { unitLabel } from '../model/displayUnit';
import { eyebrowPrefix } from '../model/plan';
import { useEffect, useState } from 'react';
import { AppendixGrid } from './grid/AppendixGrid';
import { CopyTableButton } from './files/CopyTableButton';
import { PrintView } from './print/PrintView';
import { useIsPrinting } from './print/useIsPrinting';
import { ChartsPanel } from './charts/ChartsPanel';
import { FinancePanel } from './finance/FinancePanel';
import { ComparePanel } from './compare/ComparePanel';
import { PoolDrop } from './pool/PoolDrop';
import { PoolPanel } from './pool/PoolPanel';
import { EnvelopeIndicator } from './grid/EnvelopeIndicator';
import { ImportLayoutPanel } from './files/ImportLayoutPanel';
import { ImportPreviewPanel } from './files/ImportPreviewPanel';
import { ImportProgress } from './files/ImportProgress';
import { WorkProgress } from './files/WorkProgress';
import { ImportTableChoice } from './files/ImportTableChoice';
import { MessageBar } from './common/MessageBar';
import { NumberControls } from './common/NumberControls';
import { LanguageMenu } from './language/LanguageMenu';
import { PlanLanguageNote } from './language/PlanLanguageNote';
import { NewOperationPanel } from './proposal/NewOperationPanel';
import { ProposalPanel } from './proposal/ProposalPanel';
import { ScenarioBar } from './proposal/ScenarioBar';
import { StorageBanner } from './common/StorageBanner';
import { UpdateBanner } from './common/UpdateBanner';
import { StorageUse } from './common/StorageUse';
import { StrategyPanel } from './strategy/StrategyPanel';
import { usePlanShown } from './language/usePlanShown';
import { PanelStore, useApp } from './common/storeContext';
import { SkipLinks } from './common/SkipLinks';
import { useRegionKeys } from './common/useRegionKeys';
import { SideTabs } from './common/SideTabs';
import { t } from '../i18n/t';

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

/** The table, always in view, and the panels in tabs: beside it on a wide screen, below it otherwise. */
function Workspace() {
  const plan = usePlanShown();
  const tabs = [
    {
      id: 'proposal',
      label: t('app.tabs.proposal'),
      isAlwaysLive: true,
      content: (
        <div className="panels">
          <ProposalPanel />
          <NewOperationPanel />
        </div>
      ),
    },
    { id: 'compare', label: t('app.tabs.compare'), content: <ComparePanel /> },
    { id: 'finance', label: t('app.tabs.finance'), content: <FinancePanel /> },
    { id: 'strategy', label: t('app.tabs.strategy'), content: <StrategyPanel /> },
    { id: 'charts', label: t('app.tabs.charts'), content: <ChartsPanel /> },
    { id: 'pool', label: t('app.tabs.pool'), content: <PoolPanel /> },
  ];
  return (
    <div className="workspace">
      <section className="table-pane" aria-label={t('app.region.table')}>
        <AppendixGrid />
        {plan.note && (
          // One line until opened: the table above it stays in view on a laptop.
          <details className="note" data-testid="note">
            <summary>
              <strong>{t('app.note.label')}</strong> {plan.note}
            </summary>
          </details>
        )}
      </section>
      <aside className="side-pane" aria-label={t('app.region.side')}>
        <PanelStore>
          <ImportProgress />
          <WorkProgress />
          <ImportTableChoice />
          <ImportPreviewPanel />
          <ImportLayoutPanel />
          <SideTabs tabs={tabs} label={t('app.tabs.label')} />
          <PoolDrop />
        </PanelStore>
      </aside>
    </div>
  );
}

export function App() {
  const plan = usePlanShown();
  const displayUnit = useApp((s) => s.displayUnit);
  const [isPrintView, showPrintView] = usePrintView();
  const isPrinting = useIsPrinting();
  useRegionKeys();
  if (isPrintView) {
    return (
      <main className="app app-print">
        <div className="no-print toolbar">
          <button type="button" onClick={() => showPrintView(false)} data-testid="close-print-view">
            {t('app.print.back')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('app.print.print')}
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
        <div className="app-title">
          <h1 data-testid="title">{plan.title}</h1>
          <p className="meta" title={`${eyebrowPrefix(plan)}${unitLabel(plan, displayUnit)} · ${plan.source}`}>
            {plan.eyebrow && (
              <>
                <span className="eyebrow">{eyebrowPrefix(plan).replace(/ – $/, '')}</span>
                <span aria-hidden="true"> · </span>
              </>
            )}
            <span data-testid="unit">{unitLabel(plan, displayUnit)}</span>
            <span aria-hidden="true"> · </span>
            <span className="source">{plan.source}</span>
          </p>
          <PlanLanguageNote />
        </div>
        <div className="controls">
          <ScenarioBar />
          <NumberControls />
          <LanguageMenu />
          {/* The two ways the table leaves the app as it is shown, kept together when the controls wrap. */}
          <div className="table-out">
            <CopyTableButton />
            <button type="button" onClick={() => showPrintView(true)} data-testid="open-print-view">
              {t('app.toolbar.printView')}
            </button>
          </div>
        </div>
        <div className="status-row">
          <EnvelopeIndicator />
          <StorageUse />
        </div>
        <StorageBanner />
        <UpdateBanner />
        <MessageBar />
      </header>
      <Workspace />
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

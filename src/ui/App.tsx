import { unitLabel } from '../model/displayUnit';
import { AppendixGrid } from './AppendixGrid';
import { ChartsPanel } from './ChartsPanel';
import { ComparePanel } from './ComparePanel';
import { EnvelopeIndicator } from './EnvelopeIndicator';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { MessageBar } from './MessageBar';
import { NumberControls } from './NumberControls';
import { OperationForm } from './OperationForm';
import { ProposalPanel } from './ProposalPanel';
import { ScenarioBar } from './ScenarioBar';
import { StorageBanner } from './StorageBanner';
import { StrategyPanel } from './StrategyPanel';
import { useApp } from './storeContext';

export function App() {
  const plan = useApp((s) => s.plan);
  const displayUnit = useApp((s) => s.displayUnit);
  return (
    <main className="app">
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
        <OperationForm />
      </div>
      <StrategyPanel />
      <ChartsPanel />
      <ComparePanel />
    </main>
  );
}

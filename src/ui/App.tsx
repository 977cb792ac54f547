import { AppendixGrid } from './AppendixGrid';
import { EnvelopeIndicator } from './EnvelopeIndicator';
import { MessageBar } from './MessageBar';
import { useApp } from './storeContext';

export function App() {
  const plan = useApp((s) => s.plan);
  return (
    <main className="app">
      <header className="app-header">
        <p className="eyebrow">Appendix A – Allocation of resources</p>
        <h1 data-testid="title">{plan.title}</h1>
        <p className="meta">
          <span data-testid="unit">{plan.unit}</span>
          <span aria-hidden="true"> · </span>
          <span className="source">{plan.source}</span>
        </p>
        <EnvelopeIndicator />
      </header>
      <MessageBar />
      <AppendixGrid />
      {plan.note && (
        <p className="note" data-testid="note">
          <strong>Note:</strong> {plan.note}
        </p>
      )}
    </main>
  );
}

import { useApp } from '../common/storeContext';
import { OperationForm } from './OperationForm';

/** The panel where a new operation is added to the scenario shown; a shortcut on a cell starts it from that cell. */
export function NewOperationPanel() {
  const seed = useApp((s) => s.operationSeed);
  return (
    <section className="panel" aria-labelledby="operation-title" data-region="operation">
      <h2 id="operation-title">Change the allocation</h2>
      <p className="hint">Alt+N on a cell of the table starts here from its line and year; F6 moves between the table and the panels.</p>
      <OperationForm seed={seed} />
    </section>
  );
}

import { OperationForm } from './OperationForm';

/** The panel where a new operation is added to the scenario shown. */
export function NewOperationPanel() {
  return (
    <section className="panel" aria-labelledby="operation-title">
      <h2 id="operation-title">Change the allocation</h2>
      <OperationForm />
    </section>
  );
}

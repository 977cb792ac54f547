import { useApp } from '../common/storeContext';
import { OperationForm } from './OperationForm';
import { t } from '../../i18n/t';

/** The panel where a new operation is added to the scenario shown; a shortcut on a cell starts it from that cell. */
export function NewOperationPanel() {
  const seed = useApp((s) => s.operationSeed);
  return (
    <section className="panel" aria-labelledby="operation-title" data-region="operation">
      <h2 id="operation-title">{t('proposal.newOperation.title')}</h2>
      <p className="hint">{t('proposal.newOperation.hint')}</p>
      <OperationForm seed={seed} />
    </section>
  );
}

import { t } from '../../i18n/t';
import { useApp, useAppStore } from '../common/storeContext';
import { ProgressPanel } from './ProgressPanel';

/** A file being read, and what is being done with it, with Stop: a table of 20 000 lines takes seconds. */
export function ImportProgress() {
  const store = useAppStore();
  const progress = useApp((s) => s.importProgress);
  return progress === null ? null : <ProgressPanel text={t('panels.importProgress.stage', { file: progress.file, stage: progress.stage })} onStop={() => store.getState().cancelImport()} prefix="import" />;
}

import { t } from '../../i18n/t';
import { useApp, useAppStore } from '../common/storeContext';

/**
 * A file being read, and what is being done with it, with a button to stop:
 * a table of 20 000 lines takes seconds. Shown after a moment only (app.css),
 * so a small file's import does not flash it.
 */
export function ImportProgress() {
  const store = useAppStore();
  const progress = useApp((s) => s.importProgress);
  if (progress === null) return null;
  return (
    <section className="panel import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <p>{t('panels.importProgress.stage', { file: progress.file, stage: progress.stage })}</p>
      <button type="button" onClick={() => store.getState().cancelImport()} data-testid="import-stop">
        {t('panels.importProgress.stop')}
      </button>
    </section>
  );
}

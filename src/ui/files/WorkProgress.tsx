import { t } from '../../i18n/t';
import { useApp, useAppStore } from '../common/storeContext';

/**
 * Work under way that may take a while (a long proposal checked, files
 * pooled), how far it is, and a Stop that leaves everything as it was.
 * Shown after a moment only (app.css), so short work does not flash it.
 */
export function WorkProgress() {
  const store = useAppStore();
  const work = useApp((s) => s.work);
  if (work === null) return null;
  return (
    <section className="panel work-progress" role="status" aria-live="polite" data-testid="work-progress">
      <p>{work.what}</p>
      {work.total > 0 && (
        <>
          <progress max={work.total} value={work.done} data-testid="work-bar" />
          <span className="hint">{t('panels.work.done', { done: work.done, total: work.total })}</span>
        </>
      )}
      <button type="button" onClick={() => store.getState().stopWork()} data-testid="work-stop">
        {t('panels.importProgress.stop')}
      </button>
    </section>
  );
}

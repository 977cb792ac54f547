import { t } from '../../i18n/t';

interface ProgressPanelProps {
  /** What is under way, said. */
  readonly text: string;
  /** How far, where it is counted. */
  readonly count?: { readonly done: number; readonly total: number };
  readonly onStop: () => void;
  /** The panel's test id; its Stop's is `<prefix>-stop`, its bar's `<prefix>-bar`. */
  readonly prefix: 'import' | 'work';
}

/**
 * Work that may take a while (a file read, a long proposal checked, files
 * pooled): what it is, how far it is, and a Stop that leaves everything as
 * it was. Shown after a moment only (app.css), so short work does not flash it.
 */
export function ProgressPanel({ text, count, onStop, prefix }: ProgressPanelProps) {
  return (
    <section className={`panel ${prefix}-progress`} role="status" aria-live="polite" data-testid={`${prefix}-progress`}>
      <p>{text}</p>
      {count !== undefined && count.total > 0 && (
        <>
          <progress max={count.total} value={count.done} data-testid={`${prefix}-bar`} />
          <span className="hint">{t('panels.work.done', { done: count.done, total: count.total })}</span>
        </>
      )}
      <button type="button" onClick={onStop} data-testid={`${prefix}-stop`}>
        {t('panels.importProgress.stop')}
      </button>
    </section>
  );
}

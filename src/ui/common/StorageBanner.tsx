import { t } from '../../i18n/t';
import { isStorageFull } from '../../state/browserStorage';
import { downloadText } from './download';
import { useApp, useAppStore } from './storeContext';

/** Problems with the browser's store: never silent, and never a reason to lose data. */
export function StorageBanner() {
  const store = useAppStore();
  const { unreadable, writeError } = useApp((s) => s.storage);
  if (unreadable === null && writeError === null) return null;
  return (
    <div className="storage-problems">
      {unreadable !== null && (
        <div className="message message-error" role="alert" data-testid="storage-unreadable">
          <span>
            {unreadable.isEarlier === true
              ? t('app.storage.unreadableEarlier')
              : unreadable.isPartial
                ? t('app.storage.unreadablePart', { reason: unreadable.reason })
                : t('app.storage.unreadableAll', { reason: unreadable.reason })}
          </span>
          <span className="actions">
            <button type="button" onClick={() => downloadText('linkage-calculator-unreadable-store.json', unreadable.raw)} data-testid="download-unreadable">
              {t('app.storage.download')}
            </button>
            <button type="button" onClick={() => store.getState().dismissUnreadable()} aria-label={t('app.storage.dismissUnreadable')} data-testid="dismiss-unreadable">
              ×
            </button>
          </span>
        </div>
      )}
      {writeError !== null && (
        <div className="message message-error" role="alert" data-testid="storage-write-error">
          <span>{isStorageFull(writeError) ? t('app.storage.notSavedFull', { error: writeError }) : t('app.storage.notSaved', { error: writeError })}</span>
        </div>
      )}
    </div>
  );
}

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
              ? 'Saved work that could not be read on an earlier visit is still kept in this browser: '
              : unreadable.isPartial
                ? `Part of your saved work could not be read and was left out (${unreadable.reason}); the rest is loaded, and `
                : `Your saved scenarios could not be read (${unreadable.reason}). The app started on the published baseline; `}
            the saved data is kept as it was and can be downloaded until you dismiss this, which deletes it.
          </span>
          <span className="actions">
            <button type="button" onClick={() => downloadText('linkage-calculator-unreadable-store.json', unreadable.raw)} data-testid="download-unreadable">
              Download the saved data
            </button>
            <button type="button" onClick={() => store.getState().dismissUnreadable()} aria-label="Dismiss and delete the kept data" data-testid="dismiss-unreadable">
              ×
            </button>
          </span>
        </div>
      )}
      {writeError !== null && (
        <div className="message message-error" role="alert" data-testid="storage-write-error">
          <span>
            Your changes could not be saved in this browser ({writeError}). They are kept in this tab until it is closed:
            save your proposal to a file.
            {/full|quota/i.test(writeError) && ' To make room, save the proposals you need to files, then delete scenarios and imported plans you no longer need: the next change is saved again.'}
          </span>
        </div>
      )}
    </div>
  );
}

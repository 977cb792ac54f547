import { t } from '../../i18n/t';
import { useApp, useAppStore } from './storeContext';

/** The latest message: why an input was refused (naming the cell), or what an action did. */
export function MessageBar() {
  const message = useApp((s) => s.message);
  const dismiss = useApp((s) => s.dismissMessage);
  const refusedPaste = useApp((s) => s.refusedPaste);
  const store = useAppStore();
  if (message === null) return null;
  return (
    <div className={`message message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
      <span>{message.text}</span>
      {message.choices?.map((choice) => (
        <button key={choice.testId} type="button" data-testid={`choice-${choice.testId}`} onClick={() => choice.run()}>
          {choice.label}
        </button>
      ))}
      {refusedPaste !== null && message.kind === 'error' && (
        <button
          type="button"
          data-testid="paste-valid-only"
          onClick={() => store.getState().pasteBlock(refusedPaste.rowId, refusedPaste.columnId, refusedPaste.block, { validOnly: true })}
        >
          {t('app.message.pasteValidOnly')}
        </button>
      )}
      <button type="button" onClick={dismiss} aria-label={t('app.message.dismiss')} data-testid="dismiss-message">
        ×
      </button>
    </div>
  );
}

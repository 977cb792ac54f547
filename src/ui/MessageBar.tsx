import { useApp } from './storeContext';

/** The latest message: why an input was refused (naming the cell), or what an action did. */
export function MessageBar() {
  const message = useApp((s) => s.message);
  const dismiss = useApp((s) => s.dismissMessage);
  if (message === null) return null;
  return (
    <div className={`message message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
      <span>{message.text}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}

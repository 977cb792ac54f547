import { useSyncExternalStore } from 'react';
import { appUpdate } from '../../state/appUpdate';

/** Says that a new version is ready, and switches to it only when asked. */
export function UpdateBanner() {
  const { reload } = useSyncExternalStore(appUpdate.subscribe, appUpdate.get);
  if (reload === null) return null;
  return (
    <div className="message message-info" role="status" data-testid="update-ready">
      <span>A new version of the linkage calculator is ready. Your work is kept in this browser; the new version is used once you reload.</span>
      <span className="actions">
        <button type="button" onClick={reload} data-testid="update-reload">
          Reload to use it
        </button>
      </span>
    </div>
  );
}

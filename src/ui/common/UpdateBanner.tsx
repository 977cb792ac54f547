import { useSyncExternalStore } from 'react';
import { appUpdate } from '../../state/appUpdate';

/** Says that a new version is ready, and switches to it only when asked. */
export function UpdateBanner() {
  const { reload, isStartedElsewhere } = useSyncExternalStore(appUpdate.subscribe, appUpdate.get);
  if (reload === null) return null;
  const what = isStartedElsewhere ? 'A new version of the linkage calculator was started in another tab; this tab runs the earlier one until you reload it.' : 'A new version of the linkage calculator is ready; it is used once you reload.';
  return (
    <div className="message message-info" role="status" data-testid="update-ready">
      <span>
        {what} Your scenarios are kept in this browser; a pool of proposals and what is typed in a form but not applied are not: finish them first.
      </span>
      <span className="actions">
        <button type="button" onClick={reload} data-testid="update-reload">
          Reload to use it
        </button>
      </span>
    </div>
  );
}

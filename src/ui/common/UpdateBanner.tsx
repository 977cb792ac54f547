import { useSyncExternalStore } from 'react';
import { t } from '../../i18n/t';
import { appUpdate } from '../../state/appUpdate';

/** Says that a new version is ready, and switches to it only when asked. */
export function UpdateBanner() {
  const { reload, isStartedElsewhere } = useSyncExternalStore(appUpdate.subscribe, appUpdate.get);
  if (reload === null) return null;
  return (
    <div className="message message-info" role="status" data-testid="update-ready">
      <span>{t(isStartedElsewhere ? 'app.update.startedElsewhere' : 'app.update.ready')}</span>
      <span className="actions">
        <button type="button" onClick={reload} data-testid="update-reload">
          {t('app.update.reload')}
        </button>
      </span>
    </div>
  );
}

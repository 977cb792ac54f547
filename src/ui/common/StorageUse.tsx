import { useEffect, useState } from 'react';
import { t } from '../../i18n/t';
import { useAppStore } from './storeContext';

/** Bytes as a person reads them: "312 kB", "4.2 MB", "1.9 GB" (the unit's abbreviation in the language shown). */
const size = (bytes: number) => {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'app.storageUse.gigabytes' as const] : bytes >= 1e6 ? [bytes / 1e6, 'app.storageUse.megabytes' as const] : [bytes / 1e3, 'app.storageUse.kilobytes' as const];
  return t(unit, { size: value.toFixed(value >= 10 ? 0 : 1) });
};

/**
 * How much of the browser's room for this site the app uses, read again
 * when the workspace changes: where it stands before it fills. Nothing is
 * shown where the browser does not say (an old browser, a test page).
 */
export function StorageUse() {
  const store = useAppStore();
  const [use, setUse] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    const measure = () =>
      void navigator.storage
        ?.estimate?.()
        .then(({ usage, quota }) => setUse(usage === undefined || quota === undefined ? null : { usage, quota }))
        .catch(() => setUse(null));
    measure();
    // After the write a change of the workspace causes: a moment later, once, however many edits come meanwhile.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((now, before) => {
      if (now.plans === before.plans && now.scenarios === before.scenarios) return;
      clearTimeout(timer);
      timer = setTimeout(measure, 500);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);
  if (use === null) return null;
  const isNearlyFull = use.usage > use.quota * 0.8;
  return (
    <span className={isNearlyFull ? 'storage-use storage-use-full' : 'storage-use'} data-testid="storage-use" title={t('app.storageUse.title')}>
      {t(isNearlyFull ? 'app.storageUse.keptNearlyFull' : 'app.storageUse.kept', { used: size(use.usage), room: size(use.quota) })}
    </span>
  );
}

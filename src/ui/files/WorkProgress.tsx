import { useApp, useAppStore } from '../common/storeContext';
import { ProgressPanel } from './ProgressPanel';

/** Long work under way (a proposal checked, files pooled), how far it is, and Stop. */
export function WorkProgress() {
  const store = useAppStore();
  const work = useApp((s) => s.work);
  return work === null ? null : <ProgressPanel text={work.what} count={work} onStop={() => store.getState().stopWork()} prefix="work" />;
}

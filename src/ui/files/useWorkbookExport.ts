import { useEffect, useRef, useState } from 'react';
import type { Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenario';
import { exportRequest } from '../../io/exportRequest';
import { ExportStopped, exportInWorker } from '../../io/exportInWorker';
import { t } from '../../i18n/t';
import { shownPlan } from '../../state/appStore';
import { shownPool } from '../../state/poolSlice';
import { downloadText, fileNameFor } from '../common/download';
import { useAppStore } from '../common/storeContext';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a file of the plan is called: Appendix A by its eyebrow and period, an imported table by its title. */
export const fileStem = (plan: Plan) => (plan.eyebrow === '' ? plan.title : `${plan.eyebrow.toLowerCase().replace(/\s+/g, '-')}-${plan.periodLabel}`);

/**
 * The workbook export of the plan shown with chosen scenarios, in the number
 * style and unit shown, written by ExcelJS in a worker (a 20 000-line plan
 * takes seconds): what it is doing while it runs (null when nothing runs),
 * and a stop that ends the worker with no file written. Unmounting stops it
 * too, so no file arrives later unasked.
 */
export function useWorkbookExport(onDone: () => void) {
  const store = useAppStore();
  const [stage, setStage] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const run = async (picked: readonly Scenario[]) => {
    const controller = new AbortController();
    running.current = controller;
    setStage(t('panels.export.starting'));
    try {
      const state = store.getState();
      const plan = shownPlan(state);
      // The pool open for this plan goes on a sheet of its own.
      const request = exportRequest(plan, picked, { style: state.style, displayUnit: state.displayUnit, exportedAt: new Date(), appVersion: __APP_VERSION__, pool: shownPool(state) });
      const bytes = await exportInWorker(request, setStage, controller.signal);
      // Named after its one scenario, so that two proposals' workbooks do not overwrite each other.
      const only = picked.length === 1 ? picked[0]!.name : null;
      downloadText(fileNameFor(only === null ? fileStem(plan) : `${fileStem(plan)} ${only}`, 'xlsx'), bytes, XLSX_TYPE);
      const names = picked.map((s) => t('panels.quoted', { name: s.name })).join(t('panels.listSeparator'));
      const pooled = request.pool?.length ?? 0;
      const text = t('panels.export.done', { scenarios: picked.length > 0 ? 'some' : 'none', names, pool: pooled > 0 ? 'some' : 'none', count: pooled });
      store.setState({ message: { kind: 'info', text } });
      onDone();
    } catch (error) {
      const isStopped = error instanceof ExportStopped;
      const text = isStopped ? t('panels.export.stopped') : t('panels.export.failed', { reason: error instanceof Error ? error.message : String(error) });
      store.setState({ message: { kind: isStopped ? 'info' : 'error', text } });
    } finally {
      running.current = null;
      setStage(null);
    }
  };
  return { stage, run: (picked: readonly Scenario[]) => void run(picked), stop: () => running.current?.abort() };
}

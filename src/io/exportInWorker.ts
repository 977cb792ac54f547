import { t } from '../i18n/t';
import type { ExportRequest, ExportStage } from './exportRequest';

/** Thrown when the person stopped the export: no file is made. */
export class ExportStopped extends Error {
  override readonly name = 'ExportStopped';
}

type WorkerSays = { readonly stage: ExportStage } | { readonly bytes: Uint8Array<ArrayBuffer> } | { readonly failed: string };

/**
 * The workbook written in a Web Worker, each stage reported as it starts.
 * Aborting the signal ends the worker at once: nothing is written, and the
 * promise rejects with {@link ExportStopped}.
 */
export function exportInWorker(request: ExportRequest, onStage: (stage: ExportStage) => void, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new ExportStopped('stopped'));
      return;
    }
    const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
    };
    const stop = () => {
      end();
      reject(new ExportStopped('stopped'));
    };
    signal.addEventListener('abort', stop);
    worker.addEventListener('message', (event: MessageEvent<WorkerSays>) => {
      const said = event.data;
      if ('stage' in said) return onStage(said.stage);
      end();
      if ('bytes' in said) resolve(said.bytes);
      else reject(new Error(said.failed));
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(event.message || t('io.export.stopped')));
    });
    worker.postMessage(request, []);
  });
}

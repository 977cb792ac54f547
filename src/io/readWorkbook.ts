import type { SheetRows } from './xlsxImport';

/** Larger workbooks are refused before they are read. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/** Reads a workbook's rows; in the app, in a worker (see readWorkbookInWorker), in tests, directly. */
export type WorkbookReader = (bytes: Uint8Array) => Promise<SheetRows[]>;

/** How long the reader may take before it is stopped: a reader stuck on crafted input (ReDoS) must not hang the page. */
export const WORKBOOK_TIME_LIMIT_MS = 15_000;

export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
}

/** Reads a workbook in a Web Worker with frozen prototypes, a size cap and a time limit; the worker is ended either way. */
export const readWorkbookInWorker: WorkbookReader = (bytes) => {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return Promise.reject(new WorkbookReadError(`the file is larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsxWorker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new WorkbookReadError(`reading it took longer than ${WORKBOOK_TIME_LIMIT_MS / 1000} seconds and was stopped`));
    }, WORKBOOK_TIME_LIMIT_MS);
    worker.addEventListener('message', (event: MessageEvent<{ ok: true; sheets: SheetRows[] } | { ok: false; reason: string }>) => {
      clearTimeout(timer);
      worker.terminate();
      if (event.data.ok) resolve(event.data.sheets);
      else reject(new WorkbookReadError(`it is not a workbook this app can read (${event.data.reason})`));
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new WorkbookReadError(`it could not be read (${event.message || 'the reader stopped'})`));
    });
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy }, [copy.buffer]);
  });
};

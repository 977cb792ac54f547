import { currentLanguage, t } from '../i18n/t';
import type { Language } from '../i18n/languages';
import type { SheetRows } from './xlsxImport';

/** Larger workbooks are refused before they are read. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/** Reads a workbook's rows; in the app, in a worker (see readWorkbookInWorker), in tests, directly. */
export type WorkbookReader = (bytes: Uint8Array) => Promise<SheetRows[]>;

/** How long the reader may take before it is stopped: a reader stuck on crafted input (ReDoS) must not hang the page. */
export const WORKBOOK_TIME_LIMIT_MS = 15_000;

/** What the page asks the worker (xlsxWorker.ts): the bytes, and the language its refusals are said in. */
export interface WorkbookRequest {
  readonly bytes: Uint8Array;
  readonly language: Language;
}

export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
}

/** Reads a workbook in a Web Worker with frozen prototypes, a size cap and a time limit; the worker is ended either way. */
export const readWorkbookInWorker: WorkbookReader = (bytes) => {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return Promise.reject(new WorkbookReadError(t('import.file.tooLarge', { megabytes: String(MAX_WORKBOOK_BYTES / 1024 / 1024) })));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsxWorker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new WorkbookReadError(t('import.workbook.timeout', { seconds: String(WORKBOOK_TIME_LIMIT_MS / 1000) })));
    }, WORKBOOK_TIME_LIMIT_MS);
    worker.addEventListener('message', (event: MessageEvent<{ ok: true; sheets: SheetRows[] } | { ok: false; reason: string }>) => {
      clearTimeout(timer);
      worker.terminate();
      if (event.data.ok) resolve(event.data.sheets);
      else reject(new WorkbookReadError(t('import.workbook.notReadable', { reason: event.data.reason })));
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new WorkbookReadError(t('import.file.unreadable', { reason: event.message || t('import.workbook.readerStopped') })));
    });
    const copy = bytes.slice();
    // The worker says what it finds in the person's language: told which, as it cannot know.
    const request: WorkbookRequest = { bytes: copy, language: currentLanguage() };
    worker.postMessage(request, [copy.buffer]);
  });
};

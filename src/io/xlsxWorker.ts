/// <reference lib="webworker" />
import { chooseLanguage, currentLanguage } from '../i18n/t';
import type { WorkbookRequest } from './readWorkbook';
import { workbookRows } from './xlsxImport';

// Whatever the reader does with hostile bytes, it cannot change how objects
// behave (prototype pollution, GHSA-4r6h-8v6p-xvw6): freeze them first.
for (const prototype of [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]) {
  Object.freeze(prototype);
}

/** The page's language, for what the reader refuses (a sheet too long, a damaged container); English where it cannot be loaded. */
async function speak(request: WorkbookRequest): Promise<void> {
  if (request.language === currentLanguage()) return;
  await chooseLanguage(request.language).catch(() => chooseLanguage('en'));
}

self.addEventListener('message', (event: MessageEvent<WorkbookRequest>) => {
  speak(event.data)
    .then(() => workbookRows(event.data.bytes))
    .then(
      (sheets) => self.postMessage({ ok: true, sheets }, []),
      (error: unknown) => self.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) }, []),
    );
});

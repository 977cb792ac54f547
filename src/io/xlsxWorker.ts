/// <reference lib="webworker" />
import { workbookRows } from './xlsxImport';

// Whatever the reader does with hostile bytes, it cannot change how objects
// behave (prototype pollution, GHSA-4r6h-8v6p-xvw6): freeze them first.
for (const prototype of [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]) {
  Object.freeze(prototype);
}

self.addEventListener('message', (event: MessageEvent<{ bytes: Uint8Array }>) => {
  workbookRows(event.data.bytes).then(
    (sheets) => self.postMessage({ ok: true, sheets }, []),
    (error: unknown) => self.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) }, []),
  );
});

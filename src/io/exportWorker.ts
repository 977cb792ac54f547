/// <reference lib="webworker" />
import type { ExportRequest } from './exportRequest';
import { workbookForRequest } from './requestWorkbook';

// Writes the workbook away from the page: each stage is said as it starts, then the bytes are handed over.
self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  workbookForRequest(event.data, (stage) => self.postMessage({ stage }, [])).then(
    (bytes) => self.postMessage({ bytes }, [bytes.buffer]),
    (error: unknown) => self.postMessage({ failed: error instanceof Error ? error.message : String(error) }, []),
  );
});

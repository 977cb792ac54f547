import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { computeTable } from '../../src/model/table';
import { readTableFile } from '../../src/io/importFile';
import { workbookRows } from '../../src/io/xlsxImport';
import { baselinePlan } from '../../src/state/baseline';

// How long a hostile file holds the import up (the unit tests only check that
// each is refused, and why). Timings only, never a pass or fail on time.

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const folder = new URL('../../fixtures/import/malformed/', import.meta.url);
const corpus = readdirSync(folder).map((file) => ({ file, bytes: new Uint8Array(readFileSync(new URL(file, folder))) }));

describe('the malformed and hostile corpus, every file refused', () => {
  bench(`${corpus.length} files, one after another`, async () => {
    for (const { file, bytes } of corpus) await readTableFile(bytes, file, current, async (b) => workbookRows(b)).catch(() => undefined);
  });
});

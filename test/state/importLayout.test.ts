import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { LAYOUTS_KEY } from '../../src/state/importLayouts';
import { rowOf } from '../../src/model/table';
import { workbookRows } from '../../src/io/xlsxImport';

/** Correcting how a file is read, in the preview, and the correction kept for the next file of its shape. */

let counter = 0;
const newStore = (storage = memoryStorage()) =>
  createAppStore(baselinePlan(), { storage, newId: () => `id${++counter}`, now: () => new Date('2026-11-22T10:00:00Z'), readWorkbook: async (bytes) => workbookRows(bytes) });
// The total-not-named fixture with its Total written first, above its lines: no rule reads it as the Total (as the last row it is the sum of those above it, and read so).
const fixture = readFileSync(new URL('../../fixtures/import/published/total-not-named.csv', import.meta.url), 'utf8')
  .replace('\nAll programmes,8 000,8 350', '')
  .replace('Programme,2026,2027\n', 'Programme,2026,2027\nAll programmes,8 000,8 350\n');
const bytes = (text: string) => new TextEncoder().encode(text);
const total = (store: ReturnType<typeof newStore>) => rowOf(store.getState().importPreview!.table, 'total').years.map((a) => a.toFixed());

describe('the layout of an imported file, corrected and remembered', () => {
  it('reads the file again as corrected, remembers the layout once accepted, and reads the next edition with it', async () => {
    const storage = memoryStorage();
    const store = newStore(storage);
    await store.getState().previewImport(bytes(fixture), 'eb-2026.csv');
    expect(total(store)).toEqual(['16000', '16700']);
    expect(await store.getState().remapImport({ rows: { 4: 'total' } })).toBe(true);
    expect(total(store)).toEqual(['8000', '8350']);
    // Nothing is kept before figures come in.
    expect(storage.getItem(LAYOUTS_KEY)).toBeNull();
    expect(store.getState().acceptImport()).toBe(true);
    expect(store.getState().importDraft).toBeNull();
    expect(JSON.parse(storage.getItem(LAYOUTS_KEY)!)[0][1].rows).toEqual({ 'All programmes': 'total' });
    // Next year's edition: other years, one line more, the total row lower: read with the layout kept, and said so.
    const next = fixture.replace('2026,2027', '2028,2029').replace('Digital inclusion,2 650,2 700', 'Digital inclusion,2 650,2 700\nCybersecurity,1 000,1 000').replace('All programmes,8 000,8 350', 'All programmes,9 000,9 350');
    const again = newStore(storage);
    await again.getState().previewImport(bytes(next), 'eb-2028.csv');
    expect(total(again)).toEqual(['9000', '9350']);
    expect(again.getState().importDraft!.remembered).toBe(true);
    expect(again.getState().importPreview!.notes[0]).toMatch(/^Read with the layout you chose for a file of this shape before/);
  });

  it('remembers the version read as the table’s for the next file of its shape', async () => {
    const storage = memoryStorage();
    const store = newStore(storage);
    const versions = readFileSync(new URL('../../fixtures/import/published/programme-budget-growth-versions.csv', import.meta.url), 'utf8');
    await store.getState().previewImport(bytes(versions), 'pb.csv');
    expect(store.getState().importPreview!.plan.baselineName).toBe('Real growth');
    expect(await store.getState().remapImport({ version: 'Zero real growth' })).toBe(true);
    expect(store.getState().acceptImport()).toBe(true);
    const again = newStore(storage);
    await again.getState().previewImport(bytes(versions.replace('14 200', '14 300').replace('28 800', '28 900').replace('63 100', '63 200').replace('128 400', '128 500').replace(',900', ',1 000').replace('4 100', '4 200')), 'pb-2.csv');
    expect(again.getState().importPreview!.plan.baselineName).toBe('Zero real growth');
    expect(again.getState().importDraft!.remembered).toBe(true);
  });

  it('keeps a refused file for correction: its problems, its headings; a correction that reads makes the preview', async () => {
    const store = newStore();
    // A title line that looks like a heading row of two years: the rows under it are not figures, and the file is refused.
    const text = 'Staffing;2026;2027\nUnit;Description;Posts 2026;Posts 2027\nGS;General Secretariat;10;11\n';
    expect(await store.getState().previewImport(bytes(text), 'posts.csv')).toBe(false);
    const draft = store.getState().importDraft!;
    expect(draft.problems.join(' ')).toMatch(/row 2, column 2 \(2026\): “Description”/);
    expect(draft.layout!.headings).toEqual(['Staffing', '2026', '2027']);
    expect(store.getState().message?.text).toMatch(/Nothing was imported\.$/);
    // The heading row chosen: its periods named among other words ("Posts 2026") are read as the periods.
    expect(await store.getState().remapImport({ header: 1 })).toBe(true);
    expect(store.getState().importPreview!.plan.years).toEqual(['2026', '2027']);
    expect(store.getState().importPreview!.plan.lines.map((line) => `${line.code} ${line.name}`)).toEqual(['GS General Secretariat']);
    // A column read otherwise when told: not read.
    expect(await store.getState().remapImport({ header: 1, columns: { 3: 'skip' } })).toBe(true);
    expect(store.getState().importPreview!.plan.years).toEqual(['2026']);
    store.getState().cancelImport();
    expect(store.getState().importDraft).toBeNull();
  });

  it('asks for the unit a file does not say, and takes a unit only as a few words', async () => {
    const store = newStore();
    await store.getState().previewImport(bytes('Unit;2026;2027\nGeneral Secretariat;10;11\nBureau;5;6\n'), 'posts.csv');
    expect(store.getState().importPreview!.unitSaid).toBe(false);
    expect(store.getState().importPreview!.plan.unit).toBe('CHF thousands');
    expect(store.getState().setImportUnit('  posts ')).toBe(true);
    expect(store.getState().importPreview!.plan.unit).toBe('posts');
    expect(store.getState().importPreview!.notes).toContain('Its figures are in posts, as you said.');
    expect(store.getState().setImportUnit(' ')).toBe(false);
    expect(store.getState().setImportUnit('x'.repeat(41))).toBe(false);
    expect(store.getState().importPreview!.plan.unit).toBe('posts');
    store.getState().acceptImport();
    expect(store.getState().plans.at(-1)!.unit).toBe('posts');
  });

  it('starts whatever is kept under the layouts’ key: an unreadable copy is ignored', async () => {
    const storage = memoryStorage({ [LAYOUTS_KEY]: '{not json' });
    const store = newStore(storage);
    expect(await store.getState().previewImport(bytes(fixture), 'eb.csv')).toBe(true);
    expect(store.getState().importDraft!.remembered).toBe(false);
  });
});

describe('a file of tables named in a column', () => {
  it('splits Revenue and Expenses named in a `table` column, financial plan or not, each read with its own Total', async () => {
    const store = newStore();
    const text = 'Financial plan 2025-2027 (CHF million)\ntable,line,2025,2026,2027\nRevenue,Member contributions,50.0,51.0,52.0\nRevenue,Project income,12.5,13.0,13.5\nRevenue,Total revenue,62.5,64.0,65.5\nExpenses,Staff,40.0,41.0,42.0\nExpenses,Non-staff,18.0,19.5,20.0\nExpenses,Total expenses,58.0,60.5,62.0';
    await store.getState().previewImport(bytes(text), 'plan.csv');
    expect([store.getState().importDraft!.tables!.names, store.getState().importPreview!.mismatches]).toEqual([['Revenue', 'Expenses'], []]);
    await store.getState().chooseImportTable(1);
    expect([total(store), store.getState().importPreview!.mismatches]).toEqual([['58', '60.5', '62'], []]);
  });
});

import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { workbookRows } from '../../src/io/xlsxImport';
import { createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { twelveYearPlanCsv } from '../support/scaleFiles';

/** An import of a large table: its progress said while it runs, and stopped with nothing changed. */

const newStore = () => createAppStore(baselinePlan(), { storage: memoryStorage(), readWorkbook: async (bytes) => workbookRows(bytes) });
const csv = (lines: number) => new TextEncoder().encode(twelveYearPlanCsv(lines));

describe('an import under way', () => {
  it('says which file and what is being done until its preview is shown', async () => {
    const store = newStore();
    const stages: string[] = [];
    const unsubscribe = store.subscribe((state) => {
      const stage = state.importProgress?.stage;
      if (stage !== undefined && stages.at(-1) !== stage) stages.push(stage);
    });
    const done = store.getState().previewImport(csv(50), 'plan.csv');
    expect(store.getState().importProgress).toEqual({ file: 'plan.csv', stage: 'reading the file' });
    expect(await done).toBe(true);
    unsubscribe();
    expect(stages).toEqual(['reading the file', 'finding the table and checking its figures']);
    expect(store.getState().importProgress).toBeNull();
    expect(store.getState().importPreview?.kind).toBe('new-plan');
  });

  it.each(['reading the file', 'finding the table and checking its figures'])('stopped while %s, shows no preview and changes nothing', async (when) => {
    const store = newStore();
    const before = JSON.stringify([store.getState().scenarios, store.getState().plans]);
    // Stopped as the person would, once the stage is shown.
    const unsubscribe = store.subscribe((state) => state.importProgress?.stage === when && state.cancelImport());
    const done = store.getState().previewImport(csv(2000), 'large.csv');
    expect(await done).toBe(false);
    unsubscribe();
    expect(store.getState().importProgress).toBeNull();
    expect(store.getState().message?.text).toBe('The import of large.csv was stopped: nothing was changed.');
    expect(store.getState().importPreview).toBeNull();
    expect(store.getState().importDraft).toBeNull();
    expect(JSON.stringify([store.getState().scenarios, store.getState().plans])).toBe(before);
    // The next import is not stopped by it.
    expect(await store.getState().previewImport(csv(5), 'small.csv')).toBe(true);
    expect(store.getState().importPreview?.kind).toBe('new-plan');
  });

  it('stopped while a workbook is read in its worker, stays stopped once the workbook is read', async () => {
    let open = () => {};
    let started = () => {};
    const reading = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (open = resolve));
    const store = createAppStore(baselinePlan(), {
      storage: memoryStorage(),
      readWorkbook: async (bytes) => {
        started();
        await gate;
        return workbookRows(bytes);
      },
    });
    const rows = twelveYearPlanCsv(20).trim().split('\n').map((line) => line.split(','));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Plan');
    const done = store.getState().previewImport(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'plan.xlsx');
    await reading;
    store.getState().cancelImport();
    open();
    expect(await done).toBe(false);
    expect([store.getState().importProgress, store.getState().importPreview]).toEqual([null, null]);
  });
});

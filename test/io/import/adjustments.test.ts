import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { isGroup, type Plan } from '../../../src/model/plan';
import { replay } from '../../../src/model/proposal';
import { computeTable, rowOf } from '../../../src/model/table';
import { readTableFile } from '../../../src/io/importFile';
import { readPlan, writePlan } from '../../../src/io/planFile';
import { readCsv, writeCsv } from '../../../src/io/csvFile';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { publishedAppendix } from '../../../src/state/baseline';

const appendix = publishedAppendix();
const current = { plan: appendix, table: computeTable(appendix) };
const FILE = 'estimates-exchange-adjustment.csv';
const bytes = new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${FILE}`, import.meta.url)));
const readBytes = (data: Uint8Array, name: string) => readTableFile(data, name, current, async (b) => workbookRows(b));
const figures = (plan: Plan, code: string) => rowOf(computeTable(plan), code).years.map((v) => v.toFixed());
const adjustments = (plan: Plan) => plan.lines.flatMap((line) => (!isGroup(line) && line.signed === true ? [line.name] : []));
const entry = (operation: Parameters<typeof replay>[1][number]['operation']) => ({ id: 'e', operation, rationale: '', at: '', enabled: true });

describe('a published table with lines below zero', () => {
  it('is imported as published: the adjustments are lines that may be below zero, the Total checked and said', async () => {
    const preview = await readBytes(bytes, FILE);
    expect(preview.kind).toBe('new-plan');
    expect(preview.plan.unit).toBe('CHF thousands');
    expect(adjustments(preview.plan)).toEqual(['Exchange rate adjustment', 'Transfer to the Working Capital Fund']);
    expect(figures(preview.plan, 'L3')).toEqual(['-1150', '420']);
    expect(figures(preview.plan, 'total')).toEqual(['58950', '61670']);
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('120620');
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes).toContain(
      'Rows 7, 8 (“Exchange rate adjustment”, “Transfer to the Working Capital Fund”) are read as adjustments: added like any line, they may be below zero, and no spread in proportion or compensation takes from them. If they only take off, mark them “Deduction (taken off)” under “How the file is read”.',
    );
    expect([...preview.layout.rows].filter(([, kind]) => kind === 'adjustment').map(([row]) => row + 1)).toEqual([7, 8]);
  });

  it('keeps working afterwards: a transfer out of an adjustment, valid, and back through plan file, CSV and workbook as adjustments', async () => {
    const { plan } = await readBytes(bytes, FILE);
    const state = initialState(plan);
    // 420 moved out of the adjustment in 2027 takes it to nil, 500 more below zero: the Total is kept and nothing is breached.
    const moved = replay(state, [entry({ op: 'transfer', from: 'L3', to: 'L1', amount: new Dec(920), years: ['2027'] })]);
    expect(moved.failures.size).toBe(0);
    expect(rowOf(moved.table, 'L3').years.map((v) => v.toFixed())).toEqual(['-1150', '-500']);
    expect(rowOf(moved.table, 'total').total.toFixed()).toBe('120620');
    expect(readPlan(writePlan(plan))).toEqual(plan);
    // Made all positive, the adjustment is still one when read back: the file's kind column says so.
    const positive = replay(state, [entry({ op: 'setMany', amounts: { L3: { '2026': new Dec(10), '2027': new Dec(20) } }, source: 't' })]);
    const csv = readCsv(new TextEncoder().encode(writeCsv(positive.state.plan, positive.table, { separator: ',' })), 'again.csv', current);
    expect(adjustments(csv.plan)).toEqual(['Exchange rate adjustment', 'Transfer to the Working Capital Fund']);
    const built = buildWorkbook({ plan: positive.state.plan, baseline: positive, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const back = await readBytes(await workbookBytes(built), 'again.xlsx');
    expect(adjustments(back.plan)).toEqual(['Exchange rate adjustment', 'Transfer to the Working Capital Fund']);
    expect(figures(back.plan, 'total')).toEqual(['60110', '61270']);
  });

  it('is refused below zero where the app’s own file says the row is a line, naming the cell', async () => {
    const text = 'code,name,kind,2026,2027\nA,Staff,line,100,110\nB,Travel,line,-5,10\n';
    await expect(readBytes(new TextEncoder().encode(text), 'own.csv')).rejects.toThrow(/row 3, column 4 \(2026\): -5 is below zero/);
    const marked = await readBytes(new TextEncoder().encode(text.replace('B,Travel,line', 'B,Travel,adjustment')), 'own.csv');
    expect(adjustments(marked.plan)).toEqual(['Travel']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay, type Entry } from '../../src/model/proposal';
import { amountAt, computeTable } from '../../src/model/table';
import { readCsv, writeCsv } from '../../src/io/csvFile';
import { readTableFile } from '../../src/io/importFile';
import { workbookRows } from '../../src/io/xlsxImport';
import { ImportError } from '../../src/io/tableImport';
import { baselinePlan } from '../../src/state/baseline';
import { tableText } from '../support/tableText';

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${path}`, import.meta.url)));
const entry = (operation: Entry['operation']): Entry => ({ id: crypto.randomUUID(), operation, rationale: '', at: '', enabled: true });
const scenario = replay(initialState(plan), [
  entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }),
  entry({ op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'even' }),
]);
describe('CSV', () => {
  it.each([',', ';'] as const)('round-trips a scenario exactly with “%s” as separator', (separator) => {
    const text = writeCsv(plan, scenario.table, { separator });
    const preview = readCsv(new TextEncoder().encode(text), 'scenario.csv', current);
    expect(preview.kind).toBe('changes');
    expect(tableText(preview.table)).toEqual(tableText(scenario.table));
    expect(preview.mismatches).toEqual([]);
    expect(preview.changes.map((c) => `${c.rowId} ${c.year} ${c.from.toFixed()}→${c.to.toFixed()}`)).toEqual([
      'TP1 2030 58237→53237',
      'TP3 2030 47965→52965',
      'reduction 2028 -1000→-2273',
      'reduction 2029 -1605→-2273',
      'reduction 2030 -2105→-2273',
      'reduction 2031 -2710→-2272',
    ]);
  });

  it('writes a byte-order mark, and text a spreadsheet could take for a formula with an apostrophe', () => {
    const renamed = { ...plan, lines: plan.lines.map((l, i) => (i === 0 ? { ...l, name: '=HYPERLINK("x")' } : l)) };
    const text = writeCsv(renamed, computeTable(renamed), { separator: ',' });
    expect(text.startsWith('\uFEFFcode,name,kind,2028,2029,2030,2031,2028-2029,2030-2031,total,share\r\n')).toBe(true);
    expect(text).toContain(`TP1,"'=HYPERLINK(""x"")",line,57023,57080,58237,62703,114103,120940,235043,36.07`);
    expect(text).toContain('reduction,Progressive global reduction,reduction,-1000,-1605,-2105,-2710,-2605,-4815,-7420,-1.14');
  });

  it.each([
    ['appendix-a.csv', 'UTF-8, separated by commas'],
    ['appendix-a-utf8-bom.csv', 'UTF-8, separated by commas'],
    ['appendix-a-semicolon-decimal-comma.csv', 'UTF-8, separated by semicolons, decimals with “,”'],
    ['appendix-a-utf16le.csv', 'UTF-16LE, separated by tabs'],
    ['appendix-a-windows-1252.csv', 'WINDOWS-1252, separated by semicolons'],
  ])('reads %s (%s) as the published figures, every derived figure checked', (file, read) => {
    const preview = readCsv(fixture(`valid/${file}`), file, current);
    expect(preview.notes[0]).toContain(read);
    expect(preview.kind).toBe('changes');
    expect(preview.changes).toEqual([]);
    expect(preview.mismatches).toEqual([]);
  });

  it('keeps the plan’s names when a file renames a line, and says so', () => {
    const preview = readCsv(fixture('valid/appendix-a-windows-1252.csv'), 'w.csv', current);
    expect(preview.notes).toContain('Names differ from the plan\'s for TP5: the plan\'s names are kept.');
  });

  it('lists every derived figure that disagrees with the computed one, and the computed one wins', () => {
    const text = new TextDecoder().decode(fixture('valid/appendix-a.csv')).replace('114103', '114104').replace('36.07', '36.70');
    const preview = readCsv(new TextEncoder().encode(text), 'edited.csv', current);
    expect(preview.mismatches.map((m) => `${m.where}: ${m.inFile} ≠ ${m.computed}`)).toEqual([
      'row 2, column 8 (2028-2029): 114104 ≠ 114103',
      'row 2, column 11 (share): 36.70 ≠ 36.07%',
    ]);
    expect(amountAt(preview.table, 'TP1', '2028-2029').toFixed()).toBe('114103');
  });

  it('reads a table of other lines and years as a plan of its own: 7 years, a heading summing two lines', () => {
    const preview = readCsv(fixture('valid/mff-7-years.csv'), 'mff.csv', current);
    expect(preview.kind).toBe('new-plan');
    expect(preview.plan.years).toEqual(['2028', '2029', '2030', '2031', '2032', '2033', '2034']);
    expect(preview.plan.precision).toBe(1);
    const figure = (row: string, column: string) => amountAt(preview.table, row, column).toFixed();
    expect(figure('H1', '2028')).toBe('67023');
    expect(figure('H1', '2032')).toBe('10000');
    expect(figure('H1', '2034')).toBe('12000.5');
    expect(figure('reduction', 'total')).toBe('-7000');
    expect(figure('total', 'total')).toBe(
      new Dec(57023 + 57080 + 58237 + 62703 + 0 + 1000).plus('2000.5').plus(70000).plus(35000).plus('8641.5').minus(7000).toFixed(),
    );
    expect(preview.mismatches).toEqual([]);
  });

  describe('a corpus of malformed and hostile files', () => {
    const files = readdirSync(new URL('../../fixtures/import/malformed', import.meta.url));

    it('holds at least 30 files', () => {
      expect(files.length).toBeGreaterThanOrEqual(30);
    });

    it.each(files)('%s is refused with a clear message naming the file, and nothing else escapes', async (file) => {
      const started = Date.now();
      let problems: string[] = [];
      try {
        await readTableFile(fixture(`malformed/${file}`), file, current, async (bytes) => workbookRows(bytes));
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        problems = [...error.problems];
      }
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/\w{3,}/);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay, type Entry } from '../../src/model/proposal';
import { amountAt, computeTable } from '../../src/model/table';
import { readCsv, writeCsv } from '../../src/io/csvFile';
import { interpretTable } from '../../src/io/tableImport';
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

  it('writes the unit under the table, so that a plan in another unit reads back in it', () => {
    const usd = interpretTable({ name: 't.csv', rows: 'Budget (USD millions)\nItem,2026,2027\nA,1,2\nB,3,4\nTotal,4,6'.split('\n').map((l) => l.split(',')), decimal: '.' }, current);
    const text = writeCsv(usd.plan, usd.table, { separator: ';' });
    expect(text.endsWith('total;Total;total;4;6;10;100,00\r\n\r\nUnit: USD millions\r\n')).toBe(true);
    const back = readCsv(new TextEncoder().encode(text), 'back.csv', current);
    expect([back.kind, back.plan.unit, back.mismatches]).toEqual(['new-plan', 'USD millions', []]);
  });

  it('neutralises text that would start a formula when a spreadsheet splits the file on the other separator', () => {
    const names = ['a;=1+1;b', 'a,=2*3,b', 'a\t@SUM(A1)'];
    for (const [separator, other] of [[',', ';'], [';', ',']] as const) {
      const renamed = { ...plan, lines: plan.lines.map((l, i) => (i < names.length ? { ...l, name: names[i]! } : l)) };
      const text = writeCsv(renamed, computeTable(renamed), { separator });
      // Every field of every line, split as the other separator and as a tab would split it, is text or a number: never a formula.
      const fields = text.split('\r\n').flatMap((line) => line.split(other).flatMap((field) => field.split('\t')));
      expect(fields.filter((field) => /^"?[=+@]/.test(field))).toEqual([]);
      expect(text).toContain("a;'=1+1;b");
    }
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
    expect(preview.mismatches.map((m) => `${m.where}: ${m.inFile} ≠ ${m.computed.toFixed()}${m.isShare ? '%' : ''}`)).toEqual([
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
    const files = readdirSync(new URL('../../fixtures/import/malformed', import.meta.url)).sort();
    /** What each file is refused for: a file refused for another reason (or a crash's text) is a failure. */
    const reasons: Record<string, RegExp> = {
      'bad-grouping.csv': /^row 2, column 4 \(2028\): “57 02” has thousands separators that do not split the digits into groups of three$/,
      'binary-noise.csv': /^this is not a text \(CSV\) file/,
      'constructor-code.csv': /^row 1, column 5: unknown heading “constructor”/,
      'cyclic-parents.csv': /^row 2: A is inside itself through its parents$/,
      'duplicate-codes.csv': /^row 10: code TP1 appears twice \(also on row 2\)$/,
      'duplicate-year.csv': /^a year appears twice among the headings/,
      'empty.csv': /^the file is empty$/,
      'exponent-notation.csv': /^row 2, column 4 \(2028\): “5\.7023E4” contains 'E', which is not part of an amount$/,
      'fake-zip.xlsx': /^it is damaged or not an Excel workbook/,
      'formula-in-number-cell.csv': /^row 2, column 4 \(2028\): “=1\+1” contains '=', which is not part of an amount$/,
      'formula-injection-dde.csv': /^row 2, column 4 \(2028\): “=cmd\|' \/C calc'!A0” contains '='/,
      'group-without-lines.csv': /^row 2: A is a group with no lines in it/,
      'header-only.csv': /^the file has no lines$/,
      'html-saved-as-csv.csv': /^this is a web page or XML, not a CSV table$/,
      'html-saved-as-xls.xls': /^this is a web page saved with a spreadsheet name, not a workbook/,
      'json-instead-of-csv.csv': /^row 1: .*quote/,
      'misplaced-sign.csv': /^row 2, column 4 \(2028\): “57023-” has '-' where it cannot be/,
      'missing-amount.csv': /^row 2, column 4 \(2028\): no amount \(type 0 for none\)$/,
      'mixed-encodings.csv': /^it mixes two text encodings/,
      'negative-line.csv': /^row 2, column 4 \(2028\): -3343 is below zero: a line's amount cannot be negative$/,
      'no-year-columns.csv': /^row 1, column 4: unknown heading “a”/,
      'only-blank-lines.csv': /^the file is empty$/,
      'orphan-parent.csv': /^row 3: its parent Z is not a line of the file$/,
      'pipe-separated.csv': /^row 1, column 1: unknown heading “code\|name\|kind\|2028\|2029\|2030\|2031”/,
      'proto-heading.csv': /^row 1, column 2: unknown heading “__proto__”/,
      'text-in-number-cell.csv': /^row 2, column 4 \(2028\): “abc” contains 'a', which is not part of an amount$/,
      'too-many-decimals.csv': /^row 2, column 4 \(2028\): 57023\.5 has more decimals than the plan's amounts \(0\)$/,
      'too-many-rows.csv': /^more than 25000 rows$/,
      'too-many-years.csv': /^more than 60 year columns$/,
      'two-totals.csv': /^rows 9 and 10 are both the total$/,
      'unknown-heading.csv': /^row 1, column 7: unknown heading “Sum 31”/,
      'unknown-kind.csv': /^row 2, column 3 \(kind\): “priority” is not one of line, memo, group, reduction, subtotal, total, adjustment$/,
      'unterminated-quote.csv': /^row 2: quoted field unterminated$/,
      'workbook-empty-sheet.xlsx': /^the file is empty$/,
      'workbook-proto-sheet-duplicate-codes.xlsx': /^row 3: code __proto__ appears twice \(also on row 2\)$/,
      'workbook-text-in-number-cell.xlsx': /^row 2, column C \(2028\): “=1\+1” contains '=', which is not part of an amount$/,
      'workbook-lying-sizes.xlsx': /^it is damaged or not an Excel workbook \(its part “xl\/worksheets\/sheet1\.xml” inflates to more than the 4096 bytes it declares \(a zip bomb\)\)$/,
      'workbook-truncated.xlsx': /^it is damaged or not an Excel workbook/,
      'workbook-years-out-of-order.xlsx': /^the years are out of order \(2029, 2028, 2030\): put them in increasing order$/,
      'year-heading-with-text.csv': /^row 1, column 5: unknown heading “2029 \(see note\)”/,
      'years-out-of-order.csv': /^the years are out of order \(2029, 2028, 2030, 2031\): put them in increasing order$/,
    };

    it('holds at least 30 files, each with the reason it is there', () => {
      expect(files.length).toBeGreaterThanOrEqual(30);
      expect(files).toEqual(Object.keys(reasons).sort());
    });

    // How long a hostile file takes is measured in test/bench/import.bench.ts, not asserted here.
    it.each(files)('%s is refused with a clear message naming the file, and nothing else escapes', async (file) => {
      const error: unknown = await readTableFile(fixture(`malformed/${file}`), file, current, async (bytes) => workbookRows(bytes)).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(ImportError);
      const { message, problems } = error as ImportError;
      const [subject] = message.split(' cannot be imported: ');
      expect(subject!.replace(/, sheet “[^”]*”$/, '')).toBe(file);
      expect(reasons).toHaveProperty([file]);
      expect(problems[0]).toMatch(reasons[file]!);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe('text in every script, and tab-separated figures', () => {
  const utf16 = (text: string, littleEndian = true) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 + 2 * i + (littleEndian ? 0 : 1)] = code & 0xff;
      bytes[2 + 2 * i + (littleEndian ? 1 : 0)] = code >> 8;
    }
    return bytes;
  };
  const names = ['Связь и спутники', 'الاتصالات', '国际电信联盟', '“Quoted” – and — dashes'];
  const table = ['code\tname\t2028\t2029', ...names.map((name, i) => `L${i + 1}\t${name}\t${100 + i}\t${200 + i}`)].join('\r\n');

  it.each([true, false])('opens Excel’s Unicode text (UTF-16, little-endian %s) whatever the script of its names', (littleEndian) => {
    const preview = readCsv(utf16(table, littleEndian), 'unicode.txt', current);
    expect(preview.plan.lines.map((line) => line.name)).toEqual(names);
    expect(preview.notes[0]).toMatch(/^Read as UTF-16/);
  });

  it('reads a tab file’s decimals from its figures, and refuses one that reads two ways', () => {
    const tab = (cells: string) => new TextEncoder().encode(`code\tname\t2028\t2029\r\nA\tx\t${cells}\r\n`);
    expect(amountAt(readCsv(tab('1250.5\t7'), 'en.tsv', current).table, 'A', '2028').toFixed()).toBe('1250.5');
    expect(amountAt(readCsv(tab('1 250,5\t7'), 'fr.tsv', current).table, 'A', '2028').toFixed()).toBe('1250.5');
    expect(() => readCsv(tab('1.250\t7'), 'which.tsv', current)).toThrow(/“1\.250” reads two ways/);
  });
});

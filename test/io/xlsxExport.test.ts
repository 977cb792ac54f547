import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, SWISS_STYLE } from '../../src/model/amount';
import { buildWorkbook } from '../../src/io/xlsxExport';
import { initialState } from '../../src/model/apply';
import { replay } from '../../src/model/proposal';
import { workbookBytes } from '../../src/io/xlsxExport';
import { BASELINE, appFigure, base, entry, plan, scenarioReplay, sheetFigure, sheetFigures, workbook } from '../support/workbooks';

describe('the Appendix A workbook', async () => {
  const bytes = await workbookBytes(workbook());
  const read = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true });

  it('has a sheet per scenario after the baseline, each with its financial plan, a comparison, the proposal and notes', () => {
    expect(read.SheetNames).toEqual([BASELINE, 'Financial plan', '-Delegation X', 'FP -Delegation X', 'Δ -Delegation X', 'Proposal', 'Notes']);
  });

  it('writes inputs as numbers and every derived figure as a formula with the app’s figure cached', () => {
    for (const [name, source] of [[BASELINE, base], ['-Delegation X', scenarioReplay]] as const) {
      const figures = sheetFigures(read.Sheets[name]!, source);
      expect(figures).toHaveLength(8 * 8);
      for (const { id, column, value, formula } of figures) {
        const isInput = (id.startsWith('TP') || id === 'reduction') && /^\d{4}$/.test(column);
        expect(`${name} ${id} ${column} ${formula === undefined ? 'number' : 'formula'}`).toBe(`${name} ${id} ${column} ${isInput ? 'number' : 'formula'}`);
        expect(`${id} ${column} ${sheetFigure(column, value)}`).toBe(`${id} ${column} ${appFigure(source, id, column)}`);
      }
    }
    const sheet = read.Sheets[BASELINE]!;
    expect(sheet.E6!.f).toBe('SUM(C6:D6)');
    expect(sheet.I6!.f).toBe('SUM(C6,D6,F6,G6)');
    expect(sheet.J6!.f).toBe('ROUND(IF(I13=0,0,I6/I13),4)');
    expect(sheet.C11!.f).toBe('SUM(C6,C7,C8,C9,C10)');
    expect(sheet.C13!.f).toBe('C11+C12');
    expect(sheet.C6!.z).toBe('[$-40C]#,##0;-#,##0;#,##0');
    expect(sheet.J6!.z).toBe('[$-40C]0.00%');
    expect(sheet.C4!.v).toBe('2028-2029');
    // The lower header row: each year, "Total" under its biennium, the period and the share standing alone.
    expect(['A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5', 'I5', 'J5'].map((a) => sheet[a]?.v)).toEqual(['Code', 'Thematic priority', '2028', '2029', 'Total', '2030', '2031', 'Total', '2028-2031', 'In %']);
  });

  it('compares the scenario with the baseline through formulas over both sheets, shares in rounded points', () => {
    const sheet = read.Sheets['Δ -Delegation X']!;
    expect(sheet.F8!.f).toBe(`'-Delegation X'!F8-'${BASELINE}'!F8`);
    expect(sheet.F8!.v).toBe(52440 - 47965);
    expect(sheet.J7!.f).toBe(`ROUND((IF('-Delegation X'!I13=0,0,'-Delegation X'!I7/'-Delegation X'!I13)-IF('${BASELINE}'!I13=0,0,'${BASELINE}'!I7/'${BASELINE}'!I13))*100,2)`);
    expect(sheet.J7!.v).toBe(0.99);
  });

  it('lists every operation of the proposal, with when it was made as a date, and neutralises text a spreadsheet would take for a formula', () => {
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(read.Sheets.Proposal!, { header: 1, raw: true });
    expect(rows[0]).toEqual(['Scenario', '#', 'Change', 'Rationale', 'Made', 'Applied']);
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      'Move 5 000 from TP1 to TP3 in 2030',
      'Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata',
      'Bring Total to 650 000 through the reduction, spread by the current reduction’s profile',
    ]);
    expect(rows[1]![0]).toBe("'-Delegation X");
    expect(rows[1]![1]).toBe(1);
    expect(rows[1]![3]).toBe('\'=HYPERLINK("http://evil","click")');
    expect(rows[2]![3]).toBe("'+to fund numbering");
    const made = read.Sheets.Proposal!.E2!;
    expect(made.t).toBe('n');
    expect(made.z).toBe('yyyy-mm-dd hh:mm');
    for (const sheet of Object.values(read.Sheets)) {
      for (const [key, cell] of Object.entries(sheet)) {
        if (key.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f === undefined || !/HYPERLINK|evil/.test(c.f)).toBe(true);
      }
    }
    const notes = XLSX.utils.sheet_to_json<string[]>(read.Sheets.Notes!, { header: 1 }).map((row) => row.join(' | '));
    expect(notes).toContain(`Source document | ${plan.source}`);
    expect(notes).toContain('App version | 0.1.0');
    expect(read.Sheets.Notes!.B7!.t).toBe('n');
    expect(read.Sheets.Notes!.B7!.z).toBe('yyyy-mm-dd hh:mm');
  });

  it('shows no negative zero: a change of a thousandth of a point reads as no change', async () => {
    const moved = replay(initialState(plan), [entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(1), years: ['2030'] })]);
    const small = { id: 's2', name: 'One thousand francs', planId: null, parentId: null, createdAt: '', entries: [] };
    const sheet = XLSX.read(await workbookBytes(workbook(true, [{ scenario: small, replay: moved }])), { type: 'array', cellNF: true }).Sheets['Δ One thousand francs']!;
    // TP1's share moved by -0.00015 points: shown as no change, not "-0.00 pp".
    expect(sheet.J6!.v).toBe(0);
    expect(sheet.J6!.w).toBe('–');
    const shown = Object.entries(sheet).filter(([key]) => !key.startsWith('!')).map(([, cell]) => String((cell as XLSX.CellObject).w ?? ''));
    expect(shown.filter((text) => /^-[0.,\s]*(%| pp)?$/.test(text))).toEqual([]);
  });
});

describe('the workbook’s look, for a Council document', async () => {
  const styled = new ExcelJS.Workbook();
  await styled.xlsx.load((await workbookBytes(workbook())).buffer);
  const sheet = styled.getWorksheet(BASELINE)!;

  it('names the plan and the scenarios in its title and subject', () => {
    expect(styled.title).toBe(`Appendix A – ${plan.title}`);
    expect(styled.subject).toBe('2028-2031: the published baseline and “-Delegation X”');
  });

  it('has a title block, bold header rows with each biennium merged and centred over its columns, and thin borders', () => {
    expect(sheet.getCell('A1').value).toBe('APPENDIX A');
    expect(sheet.getCell('A2').value).toBe(plan.title);
    expect(sheet.getCell('A2').font.bold).toBe(true);
    expect(sheet.getCell('A3').value).toBe('CHF thousands – published baseline');
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:J1', 'A2:J2', 'C4:E4', 'F4:H4']));
    for (const address of ['C4', 'F4', 'A5', 'C5', 'E5', 'I5', 'J5']) {
      expect(`${address} ${sheet.getCell(address).font?.bold}`).toBe(`${address} true`);
      expect(sheet.getCell(address).alignment.horizontal).toBe('center');
    }
    expect(sheet.getCell('C4').border.bottom?.style).toBe('thin');
    expect(sheet.getCell('G9').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('sets Subtotal and Total bold with a rule above, lines plain, figures right-aligned in grouped formats', () => {
    for (const r of [11, 13]) {
      expect(sheet.getCell(`B${r}`).font.bold).toBe(true);
      expect(sheet.getCell(`I${r}`).font.bold).toBe(true);
      expect(sheet.getCell(`I${r}`).border.top?.style).toBe('medium');
    }
    expect(sheet.getCell('B6').font?.bold).toBeFalsy();
    expect(sheet.getCell('B12').value).toBe('Progressive global reduction');
    expect(sheet.getCell('C12').value).toBe(-1000);
    expect(sheet.getCell('C12').numFmt).toBe('[$-40C]#,##0;-#,##0;#,##0');
    expect(sheet.getCell('J6').numFmt).toBe('[$-40C]0.00%');
    expect(sheet.getCell('G9').alignment.horizontal).toBe('right');
    const comparison = styled.getWorksheet('Δ -Delegation X')!;
    expect(comparison.getCell('F6').numFmt).toBe('[$-40C]+#,##0;[Red]-#,##0;"–"');
    expect(comparison.getCell('J6').numFmt).toBe('[$-40C]+0.00" pp";[Red]-0.00" pp";"–"');
  });

  it('prints every sheet on A4 landscape, one page wide, with its header rows on every page, frozen panes and a footer', () => {
    for (const each of styled.worksheets) {
      const setup = each.pageSetup;
      // A financial plan's few dozen rows on one page; the tables as tall as they need.
      const pagesTall = /^(Financial plan|FP )/.test(each.name) ? 1 : 0;
      expect(`${each.name} ${setup.paperSize} ${setup.orientation} ${setup.fitToPage} ${setup.fitToWidth} ${setup.fitToHeight}`).toBe(`${each.name} 9 landscape true 1 ${pagesTall}`);
      expect(setup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.75 });
      // The size code is closed by a font code, so that it cannot swallow the date's first digits.
      expect(each.headerFooter.oddFooter).toMatch(/^&L&8&"-,Regular".+&C&8&"-,Regular"22 November 2026&R&8&"-,Regular"Page &P of &N$/);
      expect(each.views[0]).toMatchObject({ state: 'frozen' });
    }
    expect(sheet.pageSetup.printTitlesRow).toBe('4:5');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(styled.getWorksheet('-Delegation X')!.headerFooter.oddFooter).toContain('Scenario “-Delegation X”');
    expect(styled.getWorksheet('Proposal')!.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('makes each column as wide as its longest figure or heading, and the name column as its longest name', () => {
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths[1]).toBe('Inclusive and secure infrastructure and services'.length + 2);
    // "2028-2031" and "-7 420" / "651 671": the period column fits its heading.
    expect(widths[8]).toBeGreaterThanOrEqual('2028-2031'.length + 2);
    expect(Math.max(...widths.slice(2))).toBeLessThan(14);
  });
});

describe('the workbook in the number style and unit shown', () => {
  const built = (style = DOCUMENT_STYLE, displayUnit: 'plan' | 'millions' = 'plan', name = 'Swiss view') =>
    buildWorkbook({
      plan,
      baseline: base,
      scenarios: [{ scenario: { ...scenarioOf(name) }, replay: scenarioReplay }],
      style,
      displayUnit,
      exportedAt: new Date(2026, 11, 5, 9, 30),
      appVersion: 't',
    }).workbook;
  const scenarioOf = (name: string) => ({ id: 's', name, planId: null, parentId: null, createdAt: '', entries: [] });

  it('formats figures in the style chosen, its locale written with each format', () => {
    const sheet = built(SWISS_STYLE).getWorksheet('Swiss view')!;
    expect(sheet.getCell('C6').numFmt).toBe("[$-807]#,##0;-#,##0;#,##0");
    expect(sheet.getCell('J6').numFmt).toBe('[$-807]0.00%');
  });

  it('shows millions by the format alone: the cells keep the exact amounts in thousands', () => {
    const workbook = built(DOCUMENT_STYLE, 'millions');
    const sheet = workbook.getWorksheet('Swiss view')!;
    expect(workbook.getWorksheet(BASELINE)!.getCell('C6').value).toBe(57023);
    expect(sheet.getCell('C6').numFmt).toBe('[$-40C]#,##0.0,;-#,##0.0,;#,##0.0,');
    expect(sheet.getCell('A3').value).toBe('CHF millions – scenario “Swiss view”');
  });

  it('puts a date beginning with a digit in the footer whole, and gives a long scenario name the rows it needs', () => {
    const long = 'A proposal with a long name '.repeat(7).trim();
    const workbook = built(DOCUMENT_STYLE, 'plan', long);
    const sheet = workbook.worksheets[2]!;
    expect(sheet.headerFooter.oddFooter).toContain('&C&8&"-,Regular"5 December 2026&R');
    // The footer's left part is cut short rather than run into "Page x of y".
    expect(sheet.headerFooter.oddFooter).toMatch(/&L&8&"-,Regular"Scenario “A proposal[^&]{40,}…&C/);
    expect(sheet.getRow(3).height).toBeGreaterThan(15);
    const proposal = workbook.getWorksheet('Proposal')!;
    expect(proposal.getRow(2).height).toBeGreaterThan(15);
    const notes = workbook.getWorksheet('Notes')!;
    const inputs = notes.getColumn(1).values.indexOf('Inputs');
    expect(notes.getRow(inputs).height).toBe(30);
    expect(notes.getRow(2).height).toBe(15);
    // With a financial plan, the envelope is its revenue.
    expect(notes.getCell('B6').value).toBe("657 098 (the financial plan's revenue) CHF thousands");
  });
});

describe('the financial plan sheets’ variance', () => {
  it('gives each row of a scenario’s sheet its variance against the baseline’s, the per cent blank where the baseline is nil, revenue decimals shown', async () => {
    const finance = plan.finance!;
    // A baseline that draws nothing on the Reserve Account, and a scenario that draws 100 in 2030 and counts 330 1/16 units in 2029.
    const nil = { ...plan, finance: { ...finance, lines: finance.lines.map((line) => (line.code === 'E1' && 'amounts' in line ? { ...line, amounts: line.amounts.map(() => new Dec(0)) } : line)) } };
    const drawn = replay(initialState(nil), [
      entry({ op: 'setRevenue', revenue: 'E1', value: new Dec(100), years: ['2030'] }),
      entry({ op: 'setParameter', parameter: 'ms-units', value: new Dec('330.0625'), years: ['2029'] }),
    ]);
    const scenario = { id: 's', name: 'Drawn', planId: null, parentId: null, createdAt: '', entries: [] };
    const { workbook: built } = buildWorkbook({ plan: nil, baseline: replay(initialState(nil), []), scenarios: [{ scenario, replay: drawn }], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const sheet = built.getWorksheet('FP Drawn')!;
    const top = 6 + finance.parameters.length;
    const rowOf = (name: string) => sheet.getColumn(2).values.findIndex((value) => value === name);
    const e1 = rowOf('Drawdown from the Reserve Account');
    expect([sheet.getCell(top, 10).value, sheet.getCell(top, 11).value]).toEqual(['Variance', 'Variance %']);
    expect(sheet.getCell(e1, 10).value).toMatchObject({ formula: `ROUND(I${e1}-'Financial plan'!I${e1},3)`, result: 100 });
    expect(sheet.getCell(e1, 11).value).toMatchObject({ formula: `IF('Financial plan'!I${e1}=0,"",(I${e1}-'Financial plan'!I${e1})/'Financial plan'!I${e1})` });
    // Member States in 2029: 330 1/16 units × CHF 318 000 = 104 959,875 thousand, shown with its decimals.
    const a1 = rowOf('Member States (units × unit value)');
    expect(sheet.getCell(a1, 4).numFmt).toMatch(/0\.000/);
    expect(sheet.getCell(a1, 10).value).toMatchObject({ result: 19.875 });
    expect(sheet.getCell(a1, 10).numFmt).toMatch(/0\.000/);
  });
});

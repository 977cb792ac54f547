import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/catalogues';
import { LANGUAGES } from '../../src/i18n/languages';
import { chooseLanguage, currentLanguage } from '../../src/i18n/t';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay } from '../../src/model/proposal';
import { isProduct } from '../../src/model/finance/financialPlan';
import { exportRequest } from '../../src/io/exportRequest';
import { writeFinance } from '../../src/io/financeFile';
import { previewSource, readSource } from '../../src/io/importFile';
import { footerDate } from '../../src/io/pageLayout';
import { ProposalFileError, readProposal } from '../../src/io/proposalFile';
import { workbookForRequest } from '../../src/io/requestWorkbook';
import { buildWorkbook, workbookBytes } from '../../src/io/xlsxExport';
import { workbookRows } from '../../src/io/xlsxImport';
import { chooseSheet } from '../../src/io/sheetChoice';
import { computeTable } from '../../src/model/table';
import { plan, scenario } from '../support/workbooks';

const EXPORTED_AT = new Date('2026-11-22T10:00:00Z');

// Every test speaks English again after, as the others expect.
afterEach(() => chooseLanguage('en'));

const refused = (text: string): string => {
  try {
    readProposal(text, plan);
    return 'opened';
  } catch (error) {
    expect(error).toBeInstanceOf(ProposalFileError);
    return (error as ProposalFileError).message;
  }
};

describe('the workbook in the person’s language', () => {
  it('carries the language chosen in the request, and the worker writes the headings and labels in it', async () => {
    await chooseLanguage('es');
    const request = exportRequest(plan, [scenario], { style: DOCUMENT_STYLE, displayUnit: 'plan', exportedAt: EXPORTED_AT, appVersion: '0.1.0' });
    expect(request.language).toBe('es');
    // The worker starts in English, as a new page does: the request says which language to speak.
    await chooseLanguage('en');
    const stages: string[] = [];
    const bytes = await workbookForRequest(structuredClone(request), (stage) => stages.push(stage));
    expect(stages).toEqual(['reaplicando los escenarios', 'escribiendo las hojas', 'comprimiendo el archivo']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    // The financial plan sheets keep the names the import looks for; the others are in Spanish.
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Referencia publicada 2028-2031', 'Financial plan', '-Delegation X', 'FP -Delegation X', 'Δ -Delegation X', 'Propuesta', 'Notas']);
    const proposal = book.getWorksheet('Propuesta')!;
    expect(proposal.getRow(1).values).toEqual([undefined, 'Escenario', '#', 'Cambio', 'Justificación', 'Realizado', 'Aplicado']);
    expect(proposal.getCell(2, 6).value).toBe('sí');
    expect(proposal.headerFooter.oddFooter).toContain('Página &P de &N');
    expect(proposal.headerFooter.oddFooter).toContain('22 de noviembre de 2026');
    const comparison = book.getWorksheet('Δ -Delegation X')!;
    expect(comparison.getCell(1, 1).value).toBe('COMPARACIÓN');
    expect(comparison.getCell(3, 1).value).toMatch(/^Diferencias en .+; proporciones en puntos porcentuales$/);
    expect(comparison.getCell(7, 10).numFmt).toBe('[$-40C]+0.00" p. p.";[Red]-0.00" p. p.";"–"');
    const appendix = book.getWorksheet('-Delegation X')!;
    // The code column's heading is the word the import reads back, in every language.
    expect(appendix.getCell(5, 1).value).toBe('Code');
    expect(appendix.getCell(3, 1).value).toMatch(/ – escenario “-Delegation X”$/);
    const finance = book.getWorksheet('FP -Delegation X')!;
    expect(finance.getCell(4, 2).value).toBe('Parameters');
    const notes = book.getWorksheet('Notas')!;
    expect([notes.getCell(1, 1).value, notes.getCell(6, 1).value]).toEqual(['Calculadora de vinculación', 'Envolvente']);
    expect(book.creator).toBe('Calculadora de vinculación');
  });

  it('reads back as a financial plan in any language: the words the import looks for stay', async () => {
    await chooseLanguage('fr');
    const changed = replay(initialState(plan), [{ id: '1', operation: { op: 'setParameter', parameter: 'unit-value', value: new Dec(320000), years: ['2031'] }, rationale: '', at: '', enabled: true }]);
    const dearer = { id: 's', name: 'Dearer', planId: null, parentId: null, createdAt: '', entries: [] };
    const built = buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [{ scenario: dearer, replay: changed }], style: DOCUMENT_STYLE, exportedAt: EXPORTED_AT, appVersion: 't' });
    const sheet = built.workbook.getWorksheet('FP Dearer')!;
    expect(sheet.getCell(1, 1).value).toMatch(/ – Scénario «\u00a0Dearer\u00a0»$/);
    expect(sheet.getCell(2, 1).value).toMatch(/\(paramètres dans leurs propres unités\)/);
    const source = await readSource(await workbookBytes(built), 'fr.xlsx', async (bytes) => workbookRows(bytes), 'finance');
    expect(source.source.name).toContain('FP Dearer');
    const preview = await previewSource(source, { plan, table: computeTable(plan) }, {}, 'finance');
    expect(preview.mismatches).toEqual([]);
    expect(preview.plan.finance!.lines.filter(isProduct).map((l) => l.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(writeFinance(preview.plan.finance!, plan.years).parameters.find((p) => p.id === 'unit-value')!.values).toEqual({ 2028: '318000', 2029: '318000', 2030: '318000', 2031: '320000' });
  });

  it('names its sheets of text as Excel allows in every language, each its own name', async () => {
    for (const language of LANGUAGES) {
      const { io } = await loadCatalogue(language);
      const names = ['sheet.proposal', 'sheet.notes', 'sheet.pool'].map((key) => io![key]!);
      for (const name of names) expect(`${language} ${name}`).toMatch(new RegExp(`^${language} [^[\\]:*?/\\\\]{1,31}$`));
      expect(new Set([...names, 'Financial plan'].map((name) => name.toLowerCase())).size).toBe(4);
    }
  });

  it('mirrors every sheet in Arabic: columns from the right, text aligned right, figures left', async () => {
    await chooseLanguage('ar');
    const { workbook } = buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [{ scenario, replay: replay(initialState(plan), scenario.entries) }], style: DOCUMENT_STYLE, exportedAt: EXPORTED_AT, appVersion: 't' });
    expect(workbook.worksheets.map((sheet) => sheet.views[0]?.rightToLeft)).toEqual(workbook.worksheets.map(() => true));
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getCell(6, 2).alignment.horizontal, sheet.getCell(6, 3).alignment.horizontal, sheet.getCell(1, 1).alignment.horizontal]).toEqual(['right', 'left', 'center']);
    const notes = workbook.getWorksheet('ملاحظات')!;
    expect([notes.getCell(1, 1).value, notes.getCell(2, 1).alignment.horizontal]).toEqual(['حاسبة الربط', 'right']);
    await chooseLanguage('en');
    const english = buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [], style: DOCUMENT_STYLE, exportedAt: EXPORTED_AT, appVersion: 't' }).workbook.worksheets[0]!;
    expect([english.views[0]?.rightToLeft, english.getCell(6, 2).alignment.horizontal]).toEqual([undefined, 'left']);
  });

  it('dates the footer in the language, with Latin digits', async () => {
    expect(footerDate(EXPORTED_AT)).toBe('22 November 2026');
    await chooseLanguage('fr');
    expect(footerDate(EXPORTED_AT)).toBe('22 novembre 2026');
    await chooseLanguage('ar');
    expect(footerDate(EXPORTED_AT)).toMatch(/^22 .+ 2026$/);
  });
});

describe('a file refused in the person’s language', () => {
  it('says the proposal’s problems, the app’s and zod’s own, in French, the file’s field names as the file has them', async () => {
    await chooseLanguage('fr');
    const text = JSON.stringify({ format: 'linkage-calculator/proposal', version: 1, plan: plan.id, name: '', extra: 1, operations: [{ op: 'transfer', from: 5, to: 'TP3', amount: 5000, years: ['2030'] }] });
    const message = refused(text);
    expect(message).toMatch(/^Cette proposition ne peut pas être ouverte\u00a0: /);
    expect(message).toContain('name\u00a0: doit être un texte non vide');
    expect(message).toContain('champ inconnu\u00a0: extra');
    expect(message).toContain('opération 1 (transfer)\u00a0: amount\u00a0: doit être un nombre décimal écrit sous forme de texte');
    // zod's own words, in its French.
    expect(message).toContain('from\u00a0: Entrée invalide');
    expect(refused('{')).toMatch(/ce n’est pas du JSON/);
  });

  it('says them in English by default, as before', () => {
    expect(currentLanguage()).toBe('en');
    expect(refused(JSON.stringify({ format: 'x' }))).toBe('This proposal cannot be opened: it is not a proposal of this app: "format" is "x", not "linkage-calculator/proposal".');
  });
});

describe('an export in another language, imported again', () => {
  afterEach(() => chooseLanguage('en'));

  it("reads the scenario's sheet, not the baseline's named in that language", async () => {
    await chooseLanguage('fr');
    const sheet = (name: string, first: string) => ({ sheet: name, rows: [['Code', 'Ligne', '2028'], ['TP1', first, '1']] });
    const { table } = chooseSheet([sheet('Référence publiée 2028-2031', 'a'), sheet('Proposition 1', 'b')], 'export.xlsx');
    expect(table.rows[1]![1]).toBe('b');
  });
});

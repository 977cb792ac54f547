import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/catalogues';
import { ENGLISH } from '../../src/i18n/english';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import appendix from '../../fixtures/plans/appendix-a-2028-2031.json';
import finance from '../../fixtures/plans/financial-plan-2028-2031.json';
import { AppendixPage } from './support/appendixPage';
import { useApp, useBrowser } from './support/browser';
import { englishPatterns, shownTexts, untranslated } from './support/untranslated';

/*
 * The six official languages: each is chosen from the menu, remembered, and
 * the whole interface, the operation descriptions and the exported
 * workbook's headings are in it, with the figures in the chosen number style.
 */

const TABS = ['proposal', 'compare', 'finance', 'strategy', 'charts', 'pool'] as const;

/** Every text of the plan's and the financial plan's own files: their data, in their own words, not the interface's. */
function textsOf(json: unknown, into = new Set<string>()): Set<string> {
  if (typeof json === 'string') into.add(json.trim());
  else if (Array.isArray(json)) json.forEach((item) => textsOf(item, into));
  else if (json !== null && typeof json === 'object') Object.values(json).forEach((value) => textsOf(value, into));
  return into;
}
const PLAN_DATA = [...textsOf([appendix, finance])].filter((text) => text.length >= 4).sort((a, b) => b.length - a.length);
/** The texts with the plans' own words taken out (a note quoted inside a sentence of the interface), and those that were only that left out. */
const interfaceTexts = (texts: readonly string[]) =>
  texts.map((text) => PLAN_DATA.reduce((rest, data) => rest.split(data).join('…'), text)).filter((text) => /\p{L}/u.test(text.replace(/…/g, '')));

describe('the interface in each official language', () => {
  const open = useApp();
  const { baseUrl, browser } = useBrowser();

  for (const language of LANGUAGES) {
    it(`${language}: chosen, remembered, edited, described and exported with no untranslated text`, async () => {
      const messages = language === 'en' ? ENGLISH : { ...ENGLISH, ...(await loadMessages(language as Language)) };
      const patterns = englishPatterns(ENGLISH, messages);
      const { app, opened } = await open();
      const { page } = opened;
      await page.getByTestId('language').selectOption(language);
      await page.waitForFunction((code) => document.documentElement.lang === code, language);
      await app.ready();
      // Remembered: a reload comes back in it.
      await page.reload();
      await app.ready();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === 'ar' ? 'rtl' : 'ltr']);
      expect(await page.getByTestId('language').inputValue()).toBe(language);

      // An edit, and an operation described in the language; the figures keep the number style.
      await app.type('TP3', '2028', '50 000');
      await expect.poll(() => app.text('TP3', '2028')).toBe('50 000');
      await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
      await expect.poll(() => app.entries()).toHaveLength(2);
      const [, move] = await app.entries();
      expect(move).toContain('5 000');
      // In English as it always read; in any other language, none of its English words.
      expect(move!.startsWith('Move 5 000 from TP1 to TP3 in 2030')).toBe(language === 'en');
      expect(/Move|from|in 2030/.test(move!)).toBe(language === 'en');

      // Every panel, looked at: no message id and no English message where the language has its own.
      const seen: string[] = await shownTexts(page);
      for (const tab of TABS) {
        await page.getByTestId(`tab-${tab}`).click();
        seen.push(...(await shownTexts(page)));
      }
      await page.getByTestId('open-export').click();
      seen.push(...(await shownTexts(page)));
      expect(untranslated(interfaceTexts(seen), patterns)).toEqual({ ids: [], english: [] });

      // The workbook's headings are in the language, its figures the page's.
      const shownTotal = await app.text('total', 'total');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-xlsx').click()]);
      const workbook = XLSX.read(await readFile((await download.path())!), { type: 'buffer' });
      const cells = workbook.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1 }).flat());
      const texts = cells.filter((cell): cell is string => typeof cell === 'string').map((text) => text.trim());
      expect(untranslated(interfaceTexts(texts), patterns)).toEqual({ ids: [], english: [] });
      // The Total of the scenario shown, under the language's heading, is the page's.
      const totalHeading = messages['common.plan.total']!;
      const grouped = (cell: unknown) => (typeof cell === 'number' ? String(cell).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : cell);
      const rows = workbook.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1 }));
      expect(rows.some((row) => row.includes(totalHeading) && row.map(grouped).includes(shownTotal)), `a row headed ${totalHeading} with ${shownTotal}`).toBe(true);
      expect(opened.errors).toEqual([]);
    });
  }

  it('Arabic: the document, the grid and the panels right to left, figures in the number style chosen', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    // Wide enough for the panels beside the table.
    await page.setViewportSize({ width: 1920, height: 1000 });
    await page.getByTestId('language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await app.ready();
    await expect.poll(() => page.locator('.ag-rtl').count()).toBeGreaterThan(0);
    const [table, side] = await Promise.all([page.locator('.table-pane').boundingBox(), page.locator('.side-pane').boundingBox()]);
    // Mirrored: the panels are on the table's left.
    expect(side!.x).toBeLessThan(table!.x);
    // The first column (codes) is at the grid's right edge.
    const codeRightOfTotal = async () => {
      const [code, total] = await Promise.all([app.cell('TP1', 'code').boundingBox(), app.cell('TP1', 'total').boundingBox()]);
      return code!.x > total!.x;
    };
    await expect.poll(codeRightOfTotal).toBe(true);
    expect(await app.text('TP1', '2028')).toBe('57 023');
    await page.screenshot({ path: 'test-results/language-ar-rtl.png', fullPage: true });
    expect(opened.errors).toEqual([]);
  });

  it('French: the plan gives its names; another language says they are shown in English', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => app.text('TP1', 'name')).toBe('Spectre et orbites de satellites');
    expect(await app.text('subtotal', 'name')).toBe('Sous-total');
    expect(await page.getByTestId('plan-language-note').count()).toBe(0);
    // The draft's outcomes are its own English words, and the panel says so.
    await page.getByTestId('tab-strategy').click();
    await expect.poll(() => page.getByTestId('strategy-panel').getByTestId('own-words-note').textContent()).toMatch(/en anglais/);
    await page.getByTestId('language').selectOption('es');
    await expect.poll(() => app.text('TP1', 'name')).toBe('Spectrum and satellite orbits');
    expect(await page.getByTestId('plan-language-note').textContent()).toMatch(/inglés/);
    expect(opened.errors).toEqual([]);
  });

  it("a first visit speaks the browser's language", async () => {
    const context = await browser().newContext({ locale: 'fr-CH' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const app = await new AppendixPage(page).ready();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.getByTestId('language').inputValue()).toBe('fr');
    expect(await app.text('subtotal', 'name')).toBe('Sous-total');
    await context.close();
  });
});

import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { AppendixPage } from './support/appendixPage';
import { openPage, useApp, useBrowser } from './support/browser';
import { AppendixPage as Appendix } from './support/appendixPage';

/*
 * Delegates' reach: the installed app with no network, and a proposal sent
 * as a link. Figures are compared cell by cell with what the page showed.
 */

const ROWS = ['TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'subtotal', 'reduction', 'total'];
const COLUMNS = ['2028', '2029', '2028-2029', '2030', '2031', '2030-2031', 'total', 'share'];
/** Every figure of Appendix A as the page shows it, row by row. */
const shownTable = (app: AppendixPage) => Promise.all(ROWS.map(async (row) => (await Promise.all(COLUMNS.map((column) => app.text(row, column)))).join(' | ')));

describe('installable, and working with no network', () => {
  const open = useApp();

  it('loads, goes offline, reloads, edits and exports, and can be installed', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    // The service worker has the whole build once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await page.context().newCDPSession(page);
    // Chromium's own verdict; a test's browser context is incognito, where it never offers to install.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ short_name: 'Linkage calculator', display: 'standalone' });

    await app.type('TP3', '2028', '50 000');
    await expect.poll(() => app.text('TP3', '2028')).toBe('50 000');
    await page.context().setOffline(true);
    await page.reload();
    await app.ready();
    expect(await app.text('TP3', '2028')).toBe('50 000');
    await app.type('TP1', '2030', '61 000');
    await expect.poll(() => app.text('TP1', '2030')).toBe('61 000');
    const shown = await app.text('total', 'total');

    await page.getByTestId('open-export').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-xlsx').click()]);
    const workbook = XLSX.read(await readFile((await download.path())!), { type: 'buffer' });
    const sheet = workbook.Sheets[workbook.SheetNames.find((name) => name === 'Proposal 1')!]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const header = rows.find((row) => row[0] === 'Code' || row[1] === 'Thematic priority')!;
    const total = rows.find((row) => row[1] === 'Total')!;
    expect(String(total[header.indexOf('2028-2031')]).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')).toBe(shown);
    await page.context().setOffline(false);
    expect(opened.errors).toEqual([]);
  });
});

describe('a proposal in a link', () => {
  const open = useApp();
  const { baseUrl, browser } = useBrowser();

  it('round-trips to the same table in a fresh browser, as a new scenario', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'], rationale: 'Regional initiatives' });
    await app.type('TP2', '2031', '4 000');
    await expect.poll(() => app.text('TP2', '2031')).toBe('4 000');
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.startsWith(`${baseUrl}#proposal=`)).toBe(true);
    expect(await app.message()).toMatch(/^A link to “Proposal 1” \(2 changes\) is copied/);
    const made = await shownTable(app);

    const fresh = await openPage(browser(), link);
    const other = await new Appendix(fresh.page).ready();
    await expect.poll(() => other.scenarioName()).toBe('Proposal 1');
    expect(await shownTable(other)).toEqual(made);
    expect(await other.entries()).toEqual([expect.stringMatching(/^Move 5 000 from TP1 to TP3 in 2030/), expect.stringMatching(/^Set TP2 in 2031 to 4 000/)]);
    // The address no longer carries it: a reload keeps the scenario, and does not open it twice.
    expect(fresh.page.url()).toBe(baseUrl);
    await fresh.page.reload();
    await other.ready();
    expect(await fresh.page.getByTestId('entry').count()).toBe(2);
    expect(await shownTable(other)).toEqual(made);
    expect([...opened.errors, ...fresh.errors]).toEqual([]);
  });

  it('says a damaged link is damaged and changes nothing', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();

    const fresh = await openPage(browser(), link.slice(0, link.length - 25));
    const other = await new Appendix(fresh.page).ready();
    await expect.poll(() => other.message()).toMatch(/^This proposal link cannot be opened: the link is damaged.*Nothing was changed\.$/);
    expect(await other.scenarioName()).toBe('Baseline (read-only)');
    expect(await other.text('total', 'total')).toBe('651 671');
    expect(await fresh.page.getByTestId('entry').count()).toBe(0);
    expect(fresh.errors).toEqual([]);
  });
});

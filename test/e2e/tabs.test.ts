import { describe, expect, it } from 'vitest';
import { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

/** In the page: every key of the app's database, with its value's length. */
const stored = () =>
  new Promise<Record<string, number>>((resolve, reject) => {
    const request = indexedDB.open('linkage-calculator');
    request.addEventListener('error', () => reject(request.error));
    request.onsuccess = () => {
      const store = request.result.transaction('keyval', 'readonly').objectStore('keyval');
      const [keys, values] = [store.getAllKeys(), store.getAll()];
      values.onsuccess = () => {
        request.result.close();
        resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), String(values.result[i]).length])));
      };
    };
  });
/**
 * In each page, before the app: what other tabs tell this one is held while
 * `tabsHeld` is set, and handed on by `releaseTabs`, so that two tabs
 * save edits in the same moment, each before hearing of the other's.
 */
const holdTabs = () => {
  const held: (() => void)[] = [];
  const page = window as unknown as { tabsHeld: boolean; releaseTabs: () => void };
  page.tabsHeld = false;
  page.releaseTabs = () => {
    page.tabsHeld = false;
    for (const tell of held.splice(0)) tell();
  };
  const add = BroadcastChannel.prototype.addEventListener;
  BroadcastChannel.prototype.addEventListener = function (this: BroadcastChannel, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
    if (type !== 'message' || typeof listener !== 'function') return add.call(this, type, listener, options);
    return add.call(this, type, (event: Event) => (page.tabsHeld ? held.push(() => listener.call(this, event)) : listener.call(this, event)), options);
  } as typeof add;
};
const plansIn = (keys: Record<string, number>) => Object.keys(keys).filter((key) => key.startsWith('linkage-calculator/plan/'));

// Seen before: of 20 edits alternating between two tabs, 10 were silently
// overwritten by the other tab's writes. Now each tab follows the other's.
describe('two tabs on one workspace, in a real Chromium', () => {
  const open = useApp();

  it('lose no edit when edits alternate between them, and both show every one', async () => {
    const { app: first, opened } = await open();
    const secondPage = await opened.page.context().newPage();
    await secondPage.goto(opened.page.url());
    const second = await new AppendixPage(secondPage).ready();
    const years = ['2028', '2029', '2030', '2031'];
    const lines = ['TP1', 'TP2', 'TP3', 'TP4', 'TP5'];
    const cells = years.flatMap((year) => lines.map((line) => [line, year] as const));
    const edit = async (tab: AppendixPage, [line, year]: readonly [string, string]) => {
      const before = await tab.text(line, year);
      await tab.type(line, year, String(Number(before.replace(/\D/g, '')) + 1));
      await expect.poll(() => tab.text(line, year)).not.toBe(before);
    };
    // The first edit makes the scenario; the second tab, told of it, goes to it.
    await edit(first, cells[0]!);
    await expect.poll(() => second.message()).toMatch(/^Another tab changed this workspace/);
    await second.page.getByTestId('scenario-select').selectOption({ label: 'Proposal 1' });
    for (const [i, cell] of cells.slice(1).entries()) await edit(i % 2 === 0 ? second : first, cell);
    for (const tab of [first, second]) {
      await tab.page.reload();
      await tab.ready();
      await expect.poll(() => tab.entries()).toHaveLength(20);
      // Every figure is one more than published: 20 more in all, none lost.
      expect(await tab.text('subtotal', 'total')).toBe('659 111');
    }
    expect(opened.errors).toEqual([]);
    // Twenty edits in two tabs and two reloads took 53 s of a 60 s limit on a loaded machine (issue 14 measures the app's speed).
  }, 150_000);

  it('lose no edit typed quickly in one while the other shows the same scenario and follows each', async () => {
    const { app: first, opened } = await open();
    const secondPage = await opened.page.context().newPage();
    await secondPage.goto(opened.page.url());
    const second = await new AppendixPage(secondPage).ready();
    const code = (n: number) => `L${String(n).padStart(4, '0')}`;
    const lines = Array.from({ length: 2_000 }, (_, i) => `${code(i + 1)},Line ${i + 1},${1000 + i},${2000 + i}`);
    await first.page.getByTestId('import-table-file').setInputFiles({ name: 'quick.csv', mimeType: 'text/csv', buffer: Buffer.from(`code,name,2030,2031\n${lines.join('\n')}\n`) });
    await first.page.getByTestId('import-accept').click();
    await first.type(code(1), '2030', '1500');
    await expect.poll(() => first.text(code(1), '2030')).toBe('1 500');
    await expect.poll(async () => (await second.page.getByTestId('scenario-select').locator('option').allTextContents()).includes('Proposal 1')).toBe(true);
    await second.page.getByTestId('scenario-select').selectOption({ label: 'Proposal 1' });
    await expect.poll(() => second.text(code(1), '2030')).toBe('1 500');
    await first.page.bringToFront();
    // One after the other, no pause: the other tab follows each edit while the next is typed.
    for (let n = 2; n <= 21; n++) await first.type(code(n), '2031', String(2500 + n));
    await expect.poll(() => second.entries(), { timeout: 60_000 }).toHaveLength(21);
    await first.page.waitForTimeout(2000);
    for (const tab of [first, second]) {
      await tab.page.reload();
      await tab.ready();
      await expect.poll(() => tab.entries()).toHaveLength(21);
    }
    expect(opened.errors).toEqual([]);
  }, 150_000);

  it('keep both edits saved in the same moment, each before hearing of the other, and say so', async () => {
    const { opened } = await open();
    await opened.page.context().addInitScript(holdTabs);
    await opened.page.reload();
    const first = await new AppendixPage(opened.page).ready();
    const secondPage = await opened.page.context().newPage();
    await secondPage.goto(opened.page.url());
    const second = await new AppendixPage(secondPage).ready();
    await first.type('TP1', '2028', '57024');
    await expect.poll(() => second.message()).toMatch(/^Another tab changed this workspace/);
    await second.page.getByTestId('scenario-select').selectOption({ label: 'Proposal 1' });
    await expect.poll(() => second.text('TP1', '2028')).toBe('57 024');
    for (const tab of [first, second]) await tab.page.evaluate(() => void ((window as unknown as { tabsHeld: boolean }).tabsHeld = true));
    await first.type('TP2', '2028', '3344');
    await second.type('TP3', '2028', '48069');
    await expect.poll(() => first.text('TP2', '2028')).toBe('3 344');
    await expect.poll(() => second.text('TP3', '2028')).toBe('48 069');
    // Each saved without the other's edit; now each hears of the other's.
    for (const tab of [first, second]) await tab.page.evaluate(() => (window as unknown as { releaseTabs: () => void }).releaseTabs());
    await expect.poll(async () => [await first.message(), await second.message()].join(' ')).toMatch(/Kept with another tab's changes: “Proposal 1”: .*2028/);
    for (const tab of [first, second]) {
      await expect.poll(() => tab.entries()).toHaveLength(3);
      await tab.page.reload();
      await tab.ready();
      await expect.poll(() => tab.entries()).toHaveLength(3);
      // Each of the three edits is one more than published.
      expect(await tab.text('subtotal', 'total')).toBe('659 094');
    }
    expect(opened.errors).toEqual([]);
  }, 150_000);

  it('keep a plan imported in one apart from the workspace: the other shows it and edits it, and it leaves the browser once deleted with no other tab open', async () => {
    const { app: first, opened } = await open();
    const secondPage = await opened.page.context().newPage();
    await secondPage.goto(opened.page.url());
    const second = await new AppendixPage(secondPage).ready();
    const csv = 'code,name,2030,2031\nL0001,Line one,100,200\nL0002,Line two,300,400\n';
    await first.page.getByTestId('import-table-file').setInputFiles({ name: 'kept.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await first.page.getByTestId('import-accept').click();
    await expect.poll(() => first.text('L0001', '2030')).toBe('100');
    // In the database: the plan under a key of its own, and a workspace that names it without holding it.
    await expect.poll(async () => plansIn(await first.page.evaluate(stored))).toHaveLength(1);
    await expect.poll(() => second.message()).toMatch(/^Another tab changed this workspace/);
    await second.page.getByTestId('scenario-select').selectOption('plan:import:kept.csv');
    await expect.poll(() => second.text('L0002', '2031')).toBe('400');
    await second.type('L0002', '2031', '450');
    await expect.poll(() => second.text('total', '2031')).toBe('650');
    await expect.poll(async () => (await first.page.getByTestId('scenario-select').locator('option').allTextContents()).length).toBeGreaterThan(2);
    await second.page.close();
    await first.page.reload();
    await first.ready();
    await first.page.getByTestId('scenario-select').selectOption({ label: 'Proposal 1' });
    await expect.poll(() => first.text('L0002', '2031')).toBe('450');
    // The plan, deleted with its scenario in the one tab left, is removed from the browser.
    await first.page.getByTestId('delete-scenario').click();
    await first.page.getByTestId('scenario-select').selectOption('plan:import:kept.csv');
    await first.page.getByTestId('delete-scenario').click();
    await expect.poll(async () => plansIn(await first.page.evaluate(stored))).toEqual([]);
    expect(opened.errors).toEqual([]);
  }, 150_000);
});

import { describe, expect, it } from 'vitest';
import { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

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
});

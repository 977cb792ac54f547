import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

/*
 * The panels beside the table follow the store a frame after a figure typed
 * in the table (src/ui/common/followingStore.ts); a change made in a panel is
 * followed at once. Read frame by frame: what a cell or a box shows in each of
 * the frames after the key or the click, never the figure or state before it.
 */

/** What the element at `selector` shows (its text, or whether it is checked) in each of the next `count` frames after the next `type` event. */
function framesAfter(page: Page, type: string, selector: string, what: 'text' | 'checked', count = 6): Promise<string[]> {
  return page.evaluate(
    ([eventType, at, shown, frames]) =>
      new Promise<string[]>((resolve) => {
        const look = () => {
          const element = document.querySelector(at);
          return shown === 'checked' ? String((element as HTMLInputElement | null)?.checked) : (element?.textContent ?? '').trim();
        };
        addEventListener(
          eventType,
          () => {
            const seen: string[] = [];
            const step = () => {
              seen.push(look());
              if (seen.length < frames) requestAnimationFrame(step);
              else resolve(seen);
            };
            requestAnimationFrame(step);
          },
          { capture: true, once: true },
        );
      }),
    [type, selector, what, count] as const,
  );
}

const financeCell = '[data-testid="financial-plan"] .ag-row[row-id="B2"] .ag-cell[col-id="2029"]';

describe('the panels beside the table, frame by frame, in a real Chromium', () => {
  const open = useApp();

  it('shows an entry for a figure typed in the table, and draws a figure typed in the revenue grid and a box unticked in the proposal as they are from the first frame', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.type('TP2', '2028', '4000');
    await expect.poll(async () => (await app.entries()).length).toBe(1);
    expect((await app.entries())[0]).toMatch(/^Set TP2 in 2028 to 4 000/);
    expect(await app.text('TP2', '2028')).toBe('4 000');

    // The revenue grid, in a panel: the figure committed, never the one before it.
    await app.showTab('finance');
    await page.locator(financeCell).click();
    await page.keyboard.type('18000');
    const revenue = framesAfter(page, 'keydown', financeCell, 'text');
    await page.evaluate(() => undefined);
    await page.keyboard.press('Enter');
    expect(await revenue).toEqual(Array(6).fill('18 000'));

    // The proposal's box, unticked: unticked in every frame.
    await app.showTab('proposal');
    const box = page.getByTestId('entry').first().locator('input[type="checkbox"]');
    expect(await box.isChecked()).toBe(true);
    const ticked = framesAfter(page, 'click', '[data-testid="entry"] input[type="checkbox"]', 'checked');
    await page.evaluate(() => undefined);
    await box.click();
    expect(await ticked).toEqual(Array(6).fill('false'));
    expect(await app.text('TP2', '2028')).toBe('3 343');
  });
});

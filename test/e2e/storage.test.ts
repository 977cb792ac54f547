import { describe, expect, it } from 'vitest';
import { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

/** The workspace in IndexedDB, in a real Chromium: moved from localStorage on first start, kept across reloads, its size shown. */

const KEY = 'linkage-calculator/workspace';

/** The app's database, read or deleted in the page as the browser holds it. */
const readStored = (key: string) =>
  new Promise<string | null>((resolve, reject) => {
    const request = indexedDB.open('linkage-calculator');
    request.addEventListener('error', () => reject(request.error));
    request.onsuccess = () => {
      const get = request.result.transaction('keyval', 'readonly').objectStore('keyval').get(key);
      get.onsuccess = () => {
        request.result.close();
        resolve(typeof get.result === 'string' ? get.result : null);
      };
      get.addEventListener('error', () => reject(get.error));
    };
  });

describe('the workspace kept in IndexedDB', () => {
  const open = useApp();

  it('keeps an edit made right before a reload, before the database could take it', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    for (const value of ['60 000', '61 000', '62 000', '63 000', '64 000', '65 000']) {
      await app.type('TP1', '2028', value);
      // The page reloads in the very task that sees the edit shown, its write to the database then still under way
      // (a reload issued from the test could come late, or before the grid took the edit: neither is this case).
      const reloaded = page.waitForEvent('framenavigated');
      await page.evaluate(
        ([selector, shown]) =>
          new Promise<void>((resolve, reject) => {
            const deadline = performance.now() + 10_000;
            const look = () => {
              if (document.querySelector(selector)?.textContent?.trim() === shown) {
                location.reload();
                resolve();
              } else if (performance.now() > deadline) reject(new Error(`the edit ${shown} was never shown`));
              else requestAnimationFrame(look);
            };
            look();
          }),
        [`.ag-row[row-id="TP1"] .ag-cell[col-id="2028"]`, value] as const,
      );
      await reloaded;
      await app.ready();
      expect(await app.text('TP1', '2028')).toBe(value);
    }
    expect(opened.errors).toEqual([]);
  });

  it('moves what an earlier version kept in localStorage into IndexedDB on first start, and keeps it across reloads', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.type('TP1', '2028', '60 000');
    await expect.poll(() => app.text('total', 'total')).toBe('654 648');
    // What an earlier version of the app would have written: the same text, in localStorage, and no database.
    await expect.poll(() => page.evaluate(readStored, KEY)).not.toBeNull();
    const stored = (await page.evaluate(readStored, KEY))!;
    await page.evaluate(
      ([key, text]) =>
        new Promise<void>((resolve, reject) => {
          localStorage.setItem(key, text);
          const gone = indexedDB.deleteDatabase('linkage-calculator');
          gone.onsuccess = () => resolve();
          gone.addEventListener('error', () => reject(gone.error));
          // The app holds the database open: it goes once the page closes, before the next one opens it.
          gone.onblocked = () => resolve();
        }),
      [KEY, stored] as const,
    );
    const url = page.url();
    const context = page.context();
    await page.close();
    const next = await context.newPage();
    await next.goto(url);
    const fresh = await new AppendixPage(next).ready();
    expect(await fresh.page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(await fresh.page.evaluate(readStored, KEY)).toBe(stored);
    expect(await fresh.text('total', 'total')).toBe('654 648');
    await fresh.page.getByTestId('storage-use').waitFor();
    expect(await fresh.page.getByTestId('storage-use').textContent()).toMatch(/^Kept in this browser: [\d.]+ (kB|MB) of [\d.]+ (MB|GB)$/);
    await fresh.page.reload();
    await fresh.ready();
    expect(await fresh.text('total', 'total')).toBe('654 648');
    expect(opened.errors).toEqual([]);
  });
});

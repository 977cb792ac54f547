import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

const STORE_KEY = 'linkage-calculator/workspace';

describe('scenarios and proposals in a real Chromium', () => {
  const open = useApp();
  const figures = (app: AppendixPage, cells: [string, string][]) => Promise.all(cells.map(([row, column]) => app.text(row, column)));

  it('builds a proposal, survives a reload, compares, undoes and redoes, saves and opens it again', async () => {
    const { app, opened } = await open();
    const { page } = opened;

    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'], rationale: 'to fund cybersecurity' });
    await app.applyOperation('setShare', { line: 'TP2', share: '3' });
    await app.applyOperation('reduction:target', { total: '650 000', profile: 'current' });

    const expected: [string, string][] = [
      ['TP1', '2030'], ['TP2', 'total'], ['TP2', 'share'], ['TP3', '2030'], ['TP1', 'share'], ['reduction', '2028'], ['total', 'total'], ['total', 'share'],
    ];
    const values = ['52 710', '19 550', '3,01%', '52 440', '35,04%', '-1 225', '650 000', '100,00%'];
    await expect.poll(() => app.text('total', 'total')).toBe('650 000');
    expect(await figures(app, expected)).toEqual(values);
    expect(await app.envelope()).toBe('Total 2028-2031 650 000 – revenue 657 098: surplus 7 098');
    expect(await app.envelope('envelope-compared')).toBe('Total 2028-2031 651 671 – revenue 657 098: surplus 5 427');
    const entries = [
      'Move 5 000 from TP1 to TP3 in 2030 — to fund cybersecurity',
      'Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata',
      'Bring Total to 650 000 through the reduction, spread by the current reduction’s profile',
    ];
    expect((await app.entries()).map((e) => e.replace(/\s*\d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/, ''))).toEqual(entries);
    // Each operation says what it did where it stands: order matters, the share after the transfer.
    expect(await app.effects()).toEqual(['TP1 -5 000 · TP3 +5 000', 'TP1 -2 269 · TP2 +6 372 · TP3 -1 940 · TP4 -816 · TP5 -1 347', 'reduction -1 671']);
    expect(await page.getByTestId('validity').textContent()).toMatch(/^✓ Valid/);

    // Compared with the baseline: every changed cell is marked and listed.
    expect(await app.cell('TP3', '2030').getAttribute('class')).toMatch(/cell-changed/);
    expect(await app.cell('TP4', '2028-2029').getAttribute('class')).toMatch(/cell-changed/);
    // The comparison is made when its tab is shown, as a person opens it.
    await app.showTab('compare');
    expect(await page.locator('[data-testid="compare-table"] tr[data-row="TP3"] td[data-col="2030"] .diff-amount').textContent()).toBe('+4 475');
    expect(await page.locator('[data-testid="compare-table"] tr[data-row="TP2"] td[data-col="share"]').textContent()).toBe('+0,99 pp');

    // Undo with the keyboard and the button, redo both ways.
    await page.getByTestId('title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.text('total', 'total')).toBe('651 671');
    await page.getByTestId('undo').click();
    await expect.poll(() => app.text('TP2', 'total')).toBe('13 178');
    await page.keyboard.press('Control+y');
    await expect.poll(() => app.text('TP2', 'total')).toBe('19 550');
    await page.getByTestId('redo').click();
    await expect.poll(() => app.text('total', 'total')).toBe('650 000');

    // Reload: all of it is still there (the undo history is this session's).
    await page.reload();
    await app.ready();
    expect(await app.scenarioName()).toBe('Proposal 1');
    await expect.poll(() => figures(app, expected)).toEqual(values);
    expect(await app.entries()).toHaveLength(3);

    // Save the proposal and open it again: a new scenario with identical figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-proposal').click()]);
    expect(download.suggestedFilename()).toBe('Proposal-1.proposal.json');
    const saved = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ format: 'linkage-calculator/proposal', version: 1, name: 'Proposal 1' });
    await page.getByTestId('open-proposal-file').setInputFiles({ name: 'from-a-colleague.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await expect.poll(() => app.scenarioName()).toBe('Proposal 1 (2)');
    await expect.poll(() => figures(app, expected)).toEqual(values);
    expect(await app.message()).toMatch(/from-a-colleague\.json was opened as the scenario “Proposal 1 \(2\)”/);
    expect(opened.errors).toEqual([]);
  });

  it('switches an operation off and on, renames and deletes (undoably)', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.type('TP5', '2031', '40 000');
    await app.applyOperation('scale', { line: 'TP4', percent: '95', compensate: 'none' });
    await expect.poll(() => app.text('TP4', 'total')).toBe('78 626');
    await page.getByTestId('entry').first().getByRole('checkbox').uncheck();
    await expect.poll(() => app.text('TP5', '2031')).toBe('34 933');
    expect(await app.text('TP4', 'total')).toBe('78 626');
    await page.getByTestId('entry').first().getByRole('checkbox').check();
    await expect.poll(() => app.text('TP5', '2031')).toBe('40 000');

    await page.getByTestId('rename-scenario').click();
    await page.getByTestId('rename-input').fill('Delegation X');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.scenarioName()).toBe('Delegation X');
    await page.getByTestId('delete-scenario').click();
    await expect.poll(() => app.scenarioName()).toBe('Baseline (read-only)');
    await expect.poll(() => app.text('TP5', '2031')).toBe('34 933');
    await page.getByTestId('undo').click();
    await expect.poll(() => app.scenarioName()).toBe('Delegation X');
    await expect.poll(() => app.text('TP5', '2031')).toBe('40 000');
  });

  it('marks a line at zero as unfunded and the proposal as not valid', async () => {
    const { app, opened } = await open();
    await app.type('TP2', '2030', '0');
    await expect.poll(() => app.cell('TP2', '2030').getAttribute('class')).toMatch(/cell-breach/);
    expect(await opened.page.getByTestId('validity').textContent()).toMatch(/^✗ Not valid/);
    expect(await opened.page.getByTestId('problems').textContent()).toMatch(/TP2 is not funded in 2030/);
  });

  it('starts on the baseline when the store is corrupted, says so, and offers the data for download', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.evaluate(
      ([key, text]) =>
        new Promise<void>((resolve, reject) => {
          // The app's database (src/state/indexedStorage.ts), written as its store would be, but cut short.
          const request = indexedDB.open('linkage-calculator');
          request.addEventListener('error', () => reject(request.error));
          request.onsuccess = () => {
            const put = request.result.transaction('keyval', 'readwrite').objectStore('keyval').put(text, key);
            put.onsuccess = () => resolve();
            put.addEventListener('error', () => reject(put.error));
          };
        }),
      [STORE_KEY, '{"state":{"workspace":{"planId":'] as const,
    );
    await page.reload();
    await app.ready();
    expect(await app.text('total', 'total')).toBe('651 671');
    expect(await page.getByTestId('storage-unreadable').textContent()).toMatch(/could not be read \(.*JSON.*\)\. The app started on the published baseline/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-unreadable').click()]);
    expect(await readFile((await download.path())!, 'utf8')).toBe('{"state":{"workspace":{"planId":');
    // The app works on: a change is made and kept.
    await app.type('TP1', '2028', '60 000');
    await expect.poll(() => app.text('total', 'total')).toBe('654 648');
  });

  it('refuses a malformed proposal file with the entry’s position, and changes nothing', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const bad = JSON.stringify({
      format: 'linkage-calculator/proposal',
      version: 1,
      plan: 'itu-strategic-plan-2028-2031-appendix-a',
      name: 'Broken',
      operations: [
        { op: 'lock', line: 'TP1' },
        { op: 'transfer', from: 'TP1', to: 'TP2', amount: 'lots', years: ['2028'] },
        { op: 'set', line: 'TP9', year: '2028', value: '1' },
        { op: 'set', line: 'TP2', year: '2028', value: '99999999999999999999' },
      ],
    });
    await page.getByTestId('open-proposal-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    // Three problems, three reports, in the file's order.
    await expect.poll(() => app.message()).toMatch(
      /^broken\.json: .*operation 2 \(transfer\): amount: must be a decimal number.*; operation 3 \(set: Set TP9 in 2028 to 1\): TP9 is not a line of this plan; operation 4 \(set\): value: is too large: at most 15 digits\. Nothing was imported\./,
    );
    expect(await app.scenarioName()).toBe('Baseline (read-only)');
    expect(await page.getByTestId('scenario-select').locator('option').count()).toBe(1);
    expect(await app.text('total', 'total')).toBe('651 671');
  });
});

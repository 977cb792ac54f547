import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

// An operation edited in place and moved must give the table a fresh replay
// of the same list gives: the proposal is saved and opened again (a fresh
// replay from the file) and compared with the scenario it came from.
describe('operations edited and moved in a real Chromium', () => {
  const open = useApp();

  it('edits an operation in place through its pre-filled form, moves another, and matches a fresh replay', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'], rationale: 'cyber' });
    await app.applyOperation('setShare', { line: 'TP2', share: '3' });
    await expect.poll(() => app.entries()).toHaveLength(2);
    expect(await app.text('TP1', '2030')).toBe('52 710');

    // The form opens on the transfer with its own figures and rationale.
    await page.getByTestId('entry-edit').first().click();
    const editor = page.getByTestId('entry-editor');
    expect(await editor.getByTestId('op-type').inputValue()).toBe('transfer');
    expect(await editor.getByTestId('op-field-amount').inputValue()).toBe('5 000');
    expect(await editor.getByTestId('op-rationale').inputValue()).toBe('cyber');
    await editor.getByTestId('op-field-amount').fill('2 000');
    await editor.getByTestId('op-apply').click();
    await expect.poll(() => page.getByTestId('entry-words').first().textContent()).toBe('Move 2 000 from TP1 to TP3 in 2030');
    expect(await app.text('TP1', '2030')).not.toBe('52 710');

    // Order matters: the share first, then the transfer.
    const before = await app.text('TP1', '2030');
    await page.getByTestId('entry-up').nth(1).click();
    await expect.poll(() => page.getByTestId('entry-words').first().textContent()).toMatch(/^Set the share of TP2/);
    await expect.poll(() => app.text('TP1', '2030')).not.toBe(before);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-proposal').click()]);
    const saved = await readFile((await download.path())!, 'utf8');
    await page.getByTestId('open-proposal-file').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await expect.poll(() => app.scenarioName()).toBe('Proposal 1 (2)');
    await page.getByTestId('compare-select').selectOption({ label: 'Proposal 1' });
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toBe('No figure differs.');

    // Undo takes back the move, then the edit.
    await page.getByTestId('scenario-select').selectOption({ label: 'Proposal 1' });
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('entry-words').first().textContent()).toBe('Move 5 000 from TP1 to TP3 in 2030');
    expect(opened.errors).toEqual([]);
  });
});

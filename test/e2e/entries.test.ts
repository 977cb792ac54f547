import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, formatAmount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { amountColumns } from '../../src/model/compare';
import type { Operation } from '../../src/model/operation';
import { replay } from '../../src/model/proposal';
import { computeTable } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import type { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

/** Every amount of the table a fresh replay of `operations` gives, as the grid writes it, beside what the grid shows. */
async function figuresBeside(app: AppendixPage, operations: readonly Operation[]): Promise<{ shown: string[]; fresh: string[] }> {
  const plan = baselinePlan();
  const entries = operations.map((operation, i) => ({ id: `e${i}`, operation, rationale: '', at: '', enabled: true }));
  const { table } = replay(initialState(plan), entries, computeTable(plan));
  const shown: string[] = [];
  const fresh: string[] = [];
  for (const row of table.rows) {
    for (const column of amountColumns(table)) {
      shown.push(`${row.id} ${column.id} ${await app.text(row.id, column.id)}`);
      fresh.push(`${row.id} ${column.id} ${formatAmount(column.amountOf(row), DOCUMENT_STYLE, plan.precision)}`);
    }
  }
  return { shown, fresh };
}

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
    await app.showTab('compare');
    await page.getByTestId('compare-select').selectOption({ label: 'Proposal 1' });
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toBe('No figure of the table differs (the financial plan’s differences are below).');

    // Undo takes back the move, then the edit.
    await page.getByTestId('scenario-select').selectOption({ label: 'Proposal 1' });
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('entry-words').first().textContent()).toBe('Move 5 000 from TP1 to TP3 in 2030');
    expect(opened.errors).toEqual([]);
  });

  it('says where a later operation changes what an earlier one did, on both, and shows what a move by drag changed', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const transfer: Operation = { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] };
    const share: Operation = { op: 'setShare', line: 'TP2', share: new Dec(3) };
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
    await app.applyOperation('setShare', { line: 'TP2', share: '3' });
    await expect.poll(() => app.entries()).toHaveLength(2);
    // The setShare compensates pro rata, from TP3 too: of the 5 000 moved in 2030, TP3 keeps less.
    expect(await app.interplay()).toEqual([
      ['TP1 2030; TP3 2030 changed again by #2 (Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata).'],
      ['Changes again TP1 2030; TP3 2030, which #1 changed (Move 5 000 from TP1 to TP3 in 2030).'],
    ]);
    const inOrder = await figuresBeside(app, [transfer, share]);
    expect(inOrder.shown).toEqual(inOrder.fresh);

    // Dragged by its handle onto the upper half of the first: the setShare goes first.
    await page.getByTestId('entry-handle').nth(1).dragTo(page.getByTestId('entry').first(), { targetPosition: { x: 40, y: 2 } });
    await expect.poll(() => page.getByTestId('entry-words').first().textContent()).toMatch(/^Set the share of TP2/);
    expect(await app.message()).toMatch(/^Moving #2 above #1 changed 6 figures: TP1 total 227 774 → 227 724; TP3 total 194 620 → 194 670; .*; and 2 more\. Undo \(Ctrl\+Z\) takes it back\.$/);
    const moved = await figuresBeside(app, [share, transfer]);
    expect(moved.shown).toEqual(moved.fresh);
    expect(moved.shown).not.toEqual(inOrder.shown);
    expect(await app.interplay()).toEqual([
      ['TP1 2030; TP3 2030 changed again by #2 (Move 5 000 from TP1 to TP3 in 2030).'],
      ['Changes again TP1 2030; TP3 2030, which #1 changed (Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata).'],
    ]);

    // Undo takes the move back, order and figures.
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('entry-words').first().textContent()).toBe('Move 5 000 from TP1 to TP3 in 2030');
    expect((await figuresBeside(app, [transfer, share])).shown).toEqual(inOrder.fresh);
    expect(opened.errors).toEqual([]);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { asDocumentText, readReference } from '../support/reference';
import { useApp } from './support/browser';

describe('Appendix A in a real Chromium', () => {
  const open = useApp();
  const baseUrl = inject('baseUrl');

  it('shows all 64 figures exactly as the document prints them, with its title, unit and envelope', async () => {
    const { app, opened } = await open();
    const seen: string[] = [];
    const expected: string[] = [];
    for (const row of readReference()) {
      for (const [column, figure] of row.figures) {
        seen.push(`${row.code} ${column} ${await app.text(row.code, column)}`);
        expected.push(`${row.code} ${column} ${asDocumentText(column, figure)}`);
      }
    }
    expect(seen).toEqual(expected);
    expect(seen).toHaveLength(64);
    expect(await app.text('TP1', '2028')).toBe('57 023');
    expect(await app.text('TP1', 'share')).toBe('36,07%');
    expect(await app.text('reduction', '2028')).toBe('-1 000');
    expect(await opened.page.getByTestId('title').textContent()).toBe(
      'Allocation of resources – Linkage between the 2028-2031 strategic and financial plans',
    );
    expect(await opened.page.getByTestId('unit').textContent()).toBe('CHF thousands');
    expect(await app.envelope()).toBe('Total 2028-2031 651 671 – revenue 657 098: surplus 5 427');
    expect(opened.errors).toEqual([]);
  });

  it('recomputes every dependent figure, share and the envelope when TP1 2028 becomes 60 000', async () => {
    const { app } = await open();
    await app.type('TP1', '2028', '60 000');
    await expect.poll(() => app.text('TP1', '2028')).toBe('60 000');
    const figures = async (rowId: string, columns: string[]) => Promise.all(columns.map((column) => app.text(rowId, column)));
    expect(await figures('TP1', ['2028-2029', 'total', 'share'])).toEqual(['117 080', '238 020', '36,36%']);
    expect(await figures('subtotal', ['2028', '2028-2029', 'total', 'share'])).toEqual(['166 137', '327 635', '662 068', '101,13%']);
    expect(await figures('total', ['2028', '2028-2029', 'total', 'share'])).toEqual(['165 137', '325 030', '654 648', '100,00%']);
    const shares = await Promise.all(['TP2', 'TP3', 'TP4', 'TP5', 'reduction'].map((id) => app.text(id, 'share')));
    expect(shares).toEqual(['2,01%', '29,26%', '12,64%', '20,86%', '-1,13%']);
    expect(await app.envelope()).toBe('Total 2028-2031 654 648 – revenue 657 098: surplus 2 450');
    expect(await app.message()).toMatch(/published baseline stays as it is: your change is in a new scenario, “Proposal 1”/);
  });

  it('refuses text that is not an amount, names the cell, and keeps the old value', async () => {
    const { app } = await open();
    await app.type('TP2', '2029', 'abc');
    await expect.poll(() => app.message()).toMatch(/^TP2 International numbering resources, 2029: “abc” .*The cell keeps 3 243\./);
    expect(await app.text('TP2', '2029')).toBe('3 243');
    await expect.poll(() => app.cell('TP2', '2029').getAttribute('class')).toMatch(/\bag-cell-focus\b/);
    expect(await app.text('total', 'total')).toBe('651 671');
    expect(await app.envelope()).toBe('Total 2028-2031 651 671 – revenue 657 098: surplus 5 427');
  });

  it('edits the reduction in a pinned row, accepts parentheses for negatives, and brings Total to the envelope', async () => {
    const { app } = await open();
    await app.type('reduction', '2031', '(4 381)');
    await expect.poll(() => app.text('reduction', '2031')).toBe('-4 381');
    expect(await app.text('total', 'total')).toBe('650 000');
    expect(await app.envelope()).toBe('Total 2028-2031 650 000 – revenue 657 098: surplus 7 098');
  });

  it('opens the editor on F2 with the figure as typed, without its group separators, and takes it back unchanged', async () => {
    const { app } = await open();
    await app.cell('TP5', '2029').click();
    await app.page.keyboard.press('F2');
    // As Excel opens it: a digit added at the end makes a figure, not "33 7271", which reads as a grouping error.
    expect(await app.editor().inputValue()).toBe('33727');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.text('TP5', '2029')).toBe('33 727');
    expect(await app.message()).toBeNull();
    await app.cell('TP5', '2029').click();
    await app.page.keyboard.press('F2');
    await app.page.keyboard.press('End');
    await app.page.keyboard.type('1');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.text('TP5', '2029')).toBe('337 271');
  });

  it('cancels an edit with Escape and does not let derived cells be edited', async () => {
    const { app } = await open();
    await app.cell('TP4', '2030').click();
    await app.page.keyboard.type('1');
    expect(await app.editor().inputValue()).toBe('1');
    await app.page.keyboard.press('Escape');
    await app.editor().waitFor({ state: 'detached' });
    await expect.poll(() => app.text('TP4', '2030')).toBe('20 737');
    expect(await app.text('TP4', 'total')).toBe('82 764');
    expect(await app.message()).toBeNull();
    await app.cell('TP4', '2030-2031').dblclick();
    expect(await app.page.locator('.ag-cell-inline-editing').count()).toBe(0);
    await app.cell('subtotal', '2028').dblclick();
    expect(await app.page.locator('.ag-cell-inline-editing').count()).toBe(0);
  });

  it('makes no request to any host but its own', async () => {
    const { app, opened } = await open();
    await app.type('TP3', '2028', '50 000');
    await expect.poll(() => app.text('TP3', '2028')).toBe('50 000');
    const origin = new URL(baseUrl).origin;
    const foreign = opened.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(opened.requests.length).toBeGreaterThan(0);
  });

  it('is served with its content security policy as a header, framing forbidden', async () => {
    const response = await fetch(baseUrl);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
  });
});

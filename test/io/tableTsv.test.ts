import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, ENGLISH_STYLE, SWISS_STYLE } from '../../src/model/amount';
import { withAmount, type Plan } from '../../src/model/plan';
import { computeTable } from '../../src/model/table';
import { tsvToBlock } from '../../src/io/clipboard';
import { interpretTable } from '../../src/io/tableImport';
import { tableTsv } from '../../src/io/tableTsv';
import { baselinePlan } from '../../src/state/baseline';
import { tableText } from '../support/tableText';

const plan = baselinePlan();

describe('the whole table as tab-separated text', () => {
  it('has a heading row of the columns’ own headings, then each row’s code, name and exact figures', () => {
    const lines = tableTsv(computeTable(plan), { plan, style: DOCUMENT_STYLE, displayUnit: 'plan' }).split('\r\n');
    expect(lines).toEqual([
      'Code\tThematic priority\t2028\t2029\t2028-2029\t2030\t2031\t2030-2031\t2028-2031\tIn %',
      'TP1\tSpectrum and satellite orbits\t57023\t57080\t114103\t58237\t62703\t120940\t235043\t36,07%',
      'TP2\tInternational numbering resources\t3343\t3243\t6586\t3301\t3291\t6592\t13178\t2,02%',
      'TP3\tInclusive and secure infrastructure and services\t48068\t47125\t95193\t47965\t48402\t96367\t191560\t29,40%',
      'TP4\tDigital applications\t21029\t20323\t41352\t20737\t20675\t41412\t82764\t12,70%',
      'TP5\tEnabling environment\t33697\t33727\t67424\t34189\t34933\t69122\t136546\t20,95%',
      '\tSubtotal\t163160\t161498\t324658\t164429\t170004\t334433\t659091\t101,14%',
      '\tProgressive global reduction\t-1000\t-1605\t-2605\t-2105\t-2710\t-4815\t-7420\t-1,14%',
      '\tTotal\t162160\t159893\t322053\t162324\t167294\t329618\t651671\t100,00%',
    ]);
  });

  it('writes figures as a block copied from the grid does, in the style’s decimal mark and the unit shown', () => {
    const table = computeTable(plan);
    expect(tsvToBlock(tableTsv(table, { plan, style: SWISS_STYLE, displayUnit: 'plan' }))[1]!.slice(2)).toEqual(
      ['57023', '57080', '114103', '58237', '62703', '120940', '235043', '36.07%'],
    );
    // In millions, exactly, with a fourth decimal where three would read two ways.
    expect(tsvToBlock(tableTsv(table, { plan, style: ENGLISH_STYLE, displayUnit: 'millions' }))[1]!.slice(2, 4)).toEqual(['57.0230', '57.0800']);
    expect(tsvToBlock(tableTsv(table, { plan, style: DOCUMENT_STYLE, displayUnit: 'millions' }))[8]!.slice(2, 3)).toEqual(['162,1600']);
  });

  it('never hands a spreadsheet a name it would take for a formula, and quotes a name with a tab', () => {
    const named: Plan = { ...plan, lines: plan.lines.map((line, i) => (i === 0 ? { ...line, name: '=HYPERLINK("x")' } : i === 1 ? { ...line, name: 'a\tb' } : line)) };
    const block = tsvToBlock(tableTsv(computeTable(named), { plan: named, style: DOCUMENT_STYLE, displayUnit: 'plan' }));
    expect(block[1]![1]).toBe('\'=HYPERLINK("x")');
    expect(block[2]![1]).toBe('a\tb');
    expect(block.every((row) => row.length === 10)).toBe(true);
  });

  it('reads back through the table import to the same figures', () => {
    const changed = withAmount(plan, 'TP3', '2030', new Dec(50000));
    const rows = tsvToBlock(tableTsv(computeTable(changed), { plan: changed, style: DOCUMENT_STYLE, displayUnit: 'plan' }));
    const preview = interpretTable({ name: 'pasted', rows, decimal: ',' }, { plan, table: computeTable(plan) });
    expect(preview.kind).toBe('changes');
    expect(preview.mismatches).toEqual([]);
    expect(preview.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`)).toEqual(['TP3 2030 50000']);
    expect(tableText(preview.table)).toEqual(tableText(computeTable(changed)));
  });
});

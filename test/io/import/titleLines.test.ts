import { describe, expect, it } from 'vitest';
import { titleOf, unitOf } from '../../../src/io/import/titleLines';

describe('a published table’s title and unit', () => {
  it.each([
    ['(thousands of Swiss francs)', 'CHF thousands'],
    ['In thousands of Swiss francs', 'CHF thousands'],
    ['CHF thousands', 'CHF thousands'],
    ['EUR million - 2018 prices', 'EUR millions'],
    ['Amounts in EUR millions', 'EUR millions'],
    ['US$ 000', 'USD thousands'],
    ['(EUR billion)', 'EUR billions'],
    ['Budget 2026 (in CHF)', 'CHF'],
    ["USD '000", 'USD thousands'],
    ['millions of US dollars', 'USD millions'],
    ['(€ million)', 'EUR millions'],
    ['CHF – table as imported', 'CHF'],
    ['CHF (thousands)', 'CHF thousands'],
    ['in CHF 1000', 'CHF thousands'],
    ['kCHF', 'CHF thousands'],
    ["en millions d'euros", 'EUR millions'],
    ['in Mio. CHF', 'CHF millions'],
    ['JPY billion', 'JPY billions'],
  ])('reads %s as %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });

  it.each(['Regular budget 2024-2025', 'Thematic priority', 'Member States', 'Total 2021-2027', 'Staff 1000', 'Mission costs', 'Kenya'])('finds no unit in %s', (text) => {
    expect(unitOf(text)).toBeUndefined();
  });

  it('takes the first line above the headings as the title, and the unit from any of them or the headings', () => {
    expect(titleOf([['Table 2. Budget', ''], ['(thousands of Swiss francs)'], [''], ['No.', 'Object', '2024']], 3)).toEqual({ title: 'Table 2. Budget', unit: 'CHF thousands' });
    expect(titleOf([['Object', 'EUR million 2024', 'EUR million 2025']], 0)).toEqual({ unit: 'EUR millions' });
    expect(titleOf([['code', 'name', '2028']], 0)).toEqual({});
    // A title that carries the unit is titled as one that does not.
    expect(titleOf([['Financial plan 2024-2027 (CHF thousands)'], ['Object', '2024']], 1)).toEqual({ title: 'Financial plan 2024-2027', unit: 'CHF thousands' });
    expect(titleOf([['Regular budget 2026, EUR million'], ['Object', '2026']], 1)).toEqual({ title: 'Regular budget 2026', unit: 'EUR millions' });
    expect(titleOf([['Budget (in thousands of Swiss francs)'], ['Object', '2026']], 1)).toEqual({ title: 'Budget', unit: 'CHF thousands' });
    expect(titleOf([['Table 2 (revised)'], ['(USD thousands)'], ['Object', '2026']], 2)).toEqual({ title: 'Table 2 (revised)', unit: 'USD thousands' });
  });
});

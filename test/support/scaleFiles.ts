/**
 * Files of the size the issue "Trust at the edges" measured: a proposal of
 * hundreds of operations of every common kind on Appendix A, and a plan of
 * 4 999 lines (plus the reduction: the 5 000 rows a table file may have) with
 * a second version of it in which every yearly figure differs.
 */

/** The i-th operation of {@link mixedProposal}: ten kinds in turn, each of which applies after the ones before it. */
function mixedOperation(i: number): Record<string, unknown> {
  switch (i % 10) {
    case 0:
      return { op: 'transfer', from: 'TP1', to: 'TP3', amount: '10', years: ['2030'] };
    case 1:
      return { op: 'scale', line: 'TP2', percent: '101', years: ['2028'], compensate: 'pro-rata' };
    case 2:
      return { op: 'set', line: 'TP4', year: '2029', value: String(20_000 + i) };
    case 3:
      return { op: 'rephase', line: 'TP5', from: '2028', to: '2029', amount: '5' };
    case 4:
      return { op: 'spread', line: 'TP3', period: '2030-2031', value: String(96_000 + i), method: 'proportional' };
    case 5:
      return { op: 'setShare', line: 'TP4', share: '12.5' };
    case 6:
      return { op: 'lock', line: 'TP2' };
    case 7:
      return { op: 'unlock', line: 'TP2' };
    case 8:
      return { op: 'reduction', mode: 'amounts', amounts: { 2028: String(-1_000 - i), 2029: '-1605', 2030: '-2105', 2031: '-2710' } };
    default:
      return { op: 'envelope', total: String(650_000 + i) };
  }
}

/** A proposal file of `count` operations on the published Appendix A, every one of which applies. */
export function mixedProposal(count: number, name = 'Many changes'): string {
  const operations = Array.from({ length: count }, (_, i) => ({ ...mixedOperation(i), rationale: `change ${i + 1}`, at: '2026-11-22T09:58:00.000Z', enabled: true }));
  return JSON.stringify({ format: 'linkage-calculator/proposal', version: 1, plan: 'itu-strategic-plan-2028-2031-appendix-a', name, savedAt: '2026-11-22T10:00:00.000Z', operations });
}

/** The code of line n (from 1) of {@link largePlanCsv}. */
export const lineCode = (n: number): string => `L${String(n).padStart(4, '0')}`;

/** Line n's amount in the year at index y of {@link largePlanCsv}, `bump` more in its second version. */
export const largeAmount = (n: number, y: number, bump = 0): number => 100 + (n % 97) + y + bump;

/** A CSV table of `lines` lines over 2028–2031 and the reduction; `bump` is added to every line's figure. */
export function largePlanCsv(lines: number, bump = 0): string {
  const rows = ['code,name,2028,2029,2030,2031'];
  for (let n = 1; n <= lines; n++) rows.push(`${lineCode(n)},Line ${n},${[0, 1, 2, 3].map((y) => largeAmount(n, y, bump)).join(',')}`);
  rows.push('reduction,Progressive global reduction,-1000,-1605,-2105,-2710');
  return `${rows.join('\n')}\n`;
}

/** A CSV table of `lines` lines over the twelve years 2030–2041, no reduction: the plans of the issue "Ten times the largest real plan". */
export function twelveYearPlanCsv(lines: number): string {
  const years = Array.from({ length: 12 }, (_, y) => 2030 + y);
  const rows = [`code,name,${years.join(',')}`];
  for (let n = 1; n <= lines; n++) rows.push(`${lineCode(n)},Line ${n},${years.map((_, y) => largeAmount(n, y)).join(',')}`);
  return `${rows.join('\n')}\n`;
}

import { Dec } from '../../src/model/amount';
import type { Plan } from '../../src/model/plan';
import { publishedAppendix } from '../../src/state/baseline';

/**
 * A plan of another shape than Appendix A: 10 top-level lines over 7 years
 * (2025–2031), the first a group "H" of two lines "H.1" and "H.2", three
 * biennia and 2029 in none. Line n's amount in the year at index i is n·100 + i
 * (H.1 is line 1, H.2 line 2, L1…L9 lines 3…11); the reduction is -1 a year.
 */
export function sevenYearPlan(): Plan {
  const years = ['2025', '2026', '2027', '2028', '2029', '2030', '2031'];
  const amounts = (n: number) => years.map((_, i) => new Dec(n * 100 + i));
  return {
    ...publishedAppendix(),
    years,
    biennia: [
      { id: '2025-2026', years: ['2025', '2026'] },
      { id: '2027-2028', years: ['2027', '2028'] },
      { id: '2030-2031', years: ['2030', '2031'] },
    ],
    periodLabel: '2025-2031',
    lines: [
      { code: 'H', name: 'Heading', children: [{ code: 'H.1', name: 'One', amounts: amounts(1) }, { code: 'H.2', name: 'Two', amounts: amounts(2) }] },
      ...Array.from({ length: 9 }, (_, i) => ({ code: `L${i + 1}`, name: `Line ${i + 1}`, amounts: amounts(i + 3) })),
    ],
    reduction: { name: 'Reduction', amounts: years.map(() => new Dec(-1)) },
  };
}

/**
 * A plan as long as a programme budget: `lines` lines over 2028–2031 in
 * groups of ten, every seventh with a name long enough to wrap on paper.
 * Line n's amount in the year at index i is 1 000·n + i.
 */
export function longPlan(lines: number): Plan {
  const years = ['2028', '2029', '2030', '2031'];
  const line = (n: number) => ({
    code: `P${n}`,
    name: n % 7 === 0 ? `Line ${n}: strengthened capacity of Member States to develop and update regulatory frameworks on space-based telecommunications` : `Line ${n}`,
    amounts: years.map((_, i) => new Dec(1000 * n + i)),
  });
  const groups = Array.from({ length: Math.ceil(lines / 10) }, (_, g) => ({
    code: `G${g + 1}`,
    name: `Group ${g + 1}`,
    children: Array.from({ length: Math.min(10, lines - g * 10) }, (_, k) => line(g * 10 + k + 1)),
  }));
  return { ...publishedAppendix(), id: `long-${lines}`, years, lines: groups };
}

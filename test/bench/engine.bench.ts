import { bench, describe } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { computeDecimalTable, updateDecimalTable } from '../../src/model/decimalTable';
import { formatPercent } from '../../src/model/share';
import { initialState } from '../../src/model/apply';
import { step } from '../../src/model/proposal';
import { computeTable, layoutOf, shareOf, updateTable, type Table } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { computeFloatTable, updateFloatTable } from './floatEngine';
import { generatedPlan, toFloat } from './plans';

// Timings only: `npm run bench` prints them with the ratio of each exact
// workload to its plain-float twin. Nothing here fails on time.
// "decimal engine" is the app's exact engine: whole units in safe integers,
// decimal.js where they would not be exact (src/model/table.ts);
// "decimal.js only" is its reference path alone (src/model/decimalTable.ts).

const appendix = baselinePlan();
const appendixFloat = toFloat(appendix);
const large = generatedPlan(200);
const largeFloat = toFloat(large);
const largeTable = computeTable(large);
const largeFloatTable = computeFloatTable(largeFloat);
const huge = generatedPlan(2000);
const hugeFloat = toFloat(huge);
const hugeTable = computeTable(huge);
const hugeFloatTable = computeFloatTable(hugeFloat);
const g2 = { large: layoutOf(large), appendix: layoutOf(appendix) };
let edit = 0;

/** Every figure of every row read as a Decimal, as an export does. */
const readAll = (table: Table) => {
  for (const row of table.rows) void [row.years, row.totals, row.total];
};

describe('Appendix A, full computation', () => {
  bench('decimal engine', () => void computeTable(appendix));
  bench('plain floats', () => void computeFloatTable(appendixFloat));
  bench('decimal.js only', () => void computeDecimalTable(appendix, g2.appendix));
});

describe('2 000 lines × 12 years, full computation', () => {
  bench('decimal engine', () => void computeTable(large), { time: 2000 });
  bench('plain floats', () => void computeFloatTable(largeFloat), { time: 2000 });
  bench('decimal.js only', () => void computeDecimalTable(large, g2.large), { time: 2000 });
});

describe('2 000 lines × 12 years, full computation, every figure then read as a Decimal', () => {
  bench('decimal engine', () => readAll(computeTable(large)), { time: 2000 });
  bench('plain floats', () => void computeFloatTable(largeFloat), { time: 2000 });
});

describe('2 000 lines × 12 years, one cell changed (incremental)', () => {
  bench('decimal engine', () => void updateTable(largeTable, 'G117.3', '2035', new Dec(++edit % 90000)));
  bench('plain floats', () => void updateFloatTable(largeFloatTable, 'G117.3', 5, ++edit % 90000));
  bench('decimal.js only', () => void updateDecimalTable(largeTable, 'G117.3', 5, new Dec(++edit % 90000)));
});

describe('20 000 lines × 12 years, full computation', () => {
  bench('decimal engine', () => void computeTable(huge), { time: 3000 });
  bench('plain floats', () => void computeFloatTable(hugeFloat), { time: 3000 });
});

describe('20 000 lines × 12 years, one cell changed (incremental)', () => {
  bench('decimal engine', () => void updateTable(hugeTable, 'G1171.3', '2035', new Dec(++edit % 90000)));
  bench('plain floats', () => void updateFloatTable(hugeFloatTable, 'G1171.3', 5, ++edit % 90000));
});

describe('20 000 lines × 12 years, one cell typed: the operation as the app applies it (checks, the new plan, the table)', () => {
  // Each edit starts from the last, as a person's do: the plan's index of lines is the last edit's, laid over.
  let typed = { state: initialState(huge), table: hugeTable };
  bench('decimal engine', () => {
    typed = step(typed, { op: 'set', line: `G${++edit % 2000}.3`, year: '2035', value: new Dec(edit % 90000) });
  });
  bench('plain floats', () => void updateFloatTable(hugeFloatTable, 'G1171.3', 5, ++edit % 90000));
});

describe('20 000 lines × 12 years, every share written to the hundredth', () => {
  const totalFloat = hugeFloatTable.rows.at(-1)!.total;
  bench('decimal engine', () => {
    for (const row of hugeTable.rows) void formatPercent(shareOf(hugeTable, row.id), DOCUMENT_STYLE);
  }, { time: 2000 });
  // Not half-up on exact halves (the float quotient is already rounded): the yardstick, not a result.
  bench('plain floats', () => {
    for (const row of hugeFloatTable.rows) void `${((row.total / totalFloat) * 100).toFixed(2).replace('.', ',')}%`;
  }, { time: 2000 });
});

import { HyperFormula } from 'hyperformula';
import { bench, describe } from 'vitest';
import { Dec } from '../../src/model/amount';
import { isGroup, type Plan } from '../../src/model/plan';
import { computeTable, updateTable } from '../../src/model/table';
import { generatedPlan } from './plans';

// The exact engine against a spreadsheet engine on the same sheet: 20 000
// lines × 12 years in 2 000 groups, each group a SUM of its lines, each
// row's biennia and period total formulas, Subtotal a SUMIF of the groups,
// Total = Subtotal + reduction. HyperFormula (GPL v3, a bench-only dev
// dependency) recomputes what an edit changes, as the engine does.

const YEARS = 12;
const column = (i: number) => String.fromCharCode(66 + i); // B…
const yearColumns = Array.from({ length: YEARS }, (_, i) => column(i));

/** A row's biennia and period total as formulas over its years (row is 1-based). */
const sums = (row: number) => [
  ...Array.from({ length: YEARS / 2 }, (_, b) => `=${yearColumns[2 * b]}${row}+${yearColumns[2 * b + 1]}${row}`),
  `=SUM(B${row}:${yearColumns.at(-1)}${row})`,
];

/** The plan as a sheet: a kind in column A, the years, the biennia, the total; the row of each line code. */
function sheetOf(plan: Plan): { data: (string | number)[][]; rowOf: Map<string, number> } {
  const data: (string | number)[][] = [];
  const rowOf = new Map<string, number>();
  for (const group of plan.lines) {
    if (!isGroup(group)) continue;
    const first = data.length + 2;
    const last = first + group.children.length - 1;
    data.push(['group', ...yearColumns.map((c) => `=SUM(${c}${first}:${c}${last})`), ...sums(data.length + 1)]);
    for (const line of group.children) {
      if (isGroup(line)) continue;
      rowOf.set(line.code, data.length);
      data.push(['line', ...line.amounts.map(Number), ...sums(data.length + 1)]);
    }
  }
  const lastLine = data.length;
  const subtotal = data.length + 1;
  data.push(['subtotal', ...yearColumns.map((c) => `=SUMIF($A$1:$A$${lastLine},"group",${c}1:${c}${lastLine})`), ...sums(subtotal)]);
  data.push(['reduction', ...plan.reduction.amounts.map(Number), ...sums(subtotal + 1)]);
  data.push(['total', ...yearColumns.map((c) => `=${c}${subtotal}+${c}${subtotal + 1}`), ...sums(subtotal + 2)]);
  return { data, rowOf };
}

const plan = generatedPlan(2000);
const { data, rowOf } = sheetOf(plan);
const options = { licenseKey: 'gpl-v3' };
const sheet = HyperFormula.buildFromArray(data, options);
const table = computeTable(plan);
const edited = { sheet: 0, row: rowOf.get('G1171.3')!, col: 1 + 5 };
let edit = 0;

describe('20 000 lines × 12 years, the sheet built and computed', () => {
  bench('decimal engine', () => void computeTable(plan), { time: 0, iterations: 5 });
  bench('HyperFormula', () => void HyperFormula.buildFromArray(data, options).destroy(), { time: 0, iterations: 2 });
});

describe('20 000 lines × 12 years, one cell changed and what depends on it recomputed', () => {
  bench('decimal engine', () => void updateTable(table, 'G1171.3', '2035', new Dec(++edit % 90000)));
  bench('HyperFormula', () => void sheet.setCellContents(edited, [[++edit % 90000]]), { time: 2000 });
});

import { describe, expect, it } from 'vitest';
import { computeTable, rowOf } from '../../../src/model/table';
import { interpretTable } from '../../../src/io/tableImport';
import { baselinePlan } from '../../../src/state/baseline';

/** Lines whose names begin as a total's or a deduction's, read as lines where their figures say so. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const read = (text: string) => interpretTable({ name: 'table.csv', rows: text.split('\n').map((line) => line.split(',')), decimal: '.' }, current);
const lineNames = (preview: ReturnType<typeof read>) => preview.table.rows.filter((row) => row.kind === 'line').map((row) => row.name);
const totals = (preview: ReturnType<typeof read>) => rowOf(preview.table, 'total').years.map((v) => v.toFixed());

describe('names that begin as a total’s or a deduction’s', () => {
  it('reads “Total quality management” among the lines as a line, said, and the Total below as the Total', () => {
    const preview = read('Programme,2026,2027\nGovernance,1000,1100\nTotal quality management,200,210\nOperations,3000,3100\nTotal,4200,4410');
    expect([lineNames(preview), totals(preview), preview.mismatches]).toEqual([['Governance', 'Total quality management', 'Operations'], ['4200', '4410'], []]);
    expect(preview.notes).toContain('Row 3 (“Total quality management”) is read as a line, though its name begins as a total’s: its figures are no sum of the rows beside it. If it is a total, mark it so under “How the file is read”.');
    // With no Total at all, it is still a line.
    expect(lineNames(read('Programme,2026\nA,10\nTotal quality management,5\nB,7'))).toEqual(['A', 'Total quality management', 'B']);
  });

  it('keeps a section’s total that sums the lines above it, one that sums earlier totals, and the closing Total, whatever they are named', () => {
    const sections = read('Programme,2026,2027\nConferences,100,110\nPublications,50,55\nTotal programmes,150,165\nManagement,70,72\nIT,30,30\nTotal support,100,102\nTotal budget,250,267');
    expect([lineNames(sections), totals(sections), sections.notes.some((n) => n.includes('begins as a total'))]).toEqual([['Conferences', 'Publications', 'Management', 'IT'], ['250', '267'], false]);
    // A Total at the end that is wrong is still the Total, its mismatch shown, never a line.
    const wrong = read('Programme,2026\nA,10\nB,20\nTotal expenditure,31');
    expect([lineNames(wrong), wrong.mismatches.map((m) => `${m.inFile} vs ${m.computed.toFixed()}`)]).toEqual([['A', 'B'], ['31 vs 30']]);
  });

  it('reads “Disaster risk reduction” and “Less developed countries programme” as lines where the Total adds them in', () => {
    const preview = read('Programme,2026,2027\nDisaster risk reduction,300,320\nLess developed countries programme,200,210\nOther,100,100\nTotal,600,630');
    expect([lineNames(preview), totals(preview), preview.mismatches]).toEqual([['Disaster risk reduction', 'Less developed countries programme', 'Other'], ['600', '630'], []]);
    expect(preview.notes.filter((n) => n.includes('reads as a deduction'))).toHaveLength(2);
    // The last line before the Total too, where the Total adds it in.
    expect(lineNames(read('Programme,2026\nA,300\nDisaster risk reduction,50\nTotal,350'))).toEqual(['A', 'Disaster risk reduction']);
  });

  it('still takes off a deduction the Total takes off, and one written “Less:”', () => {
    const net = read('Item,2026\nStaff,1000\nNon-staff,500\nLess efficiency savings,100\nTotal,1400');
    expect([lineNames(net), totals(net), rowOf(net.table, 'reduction').years.map((v) => v.toFixed())]).toEqual([['Staff', 'Non-staff'], ['1400'], ['-100']]);
    const said = read('Item,2026\nStaff,1000\nOther,500\nTotal gross appropriations,1500\nLess: estimated income,100\nNet appropriations,1400');
    expect([lineNames(said), totals(said)]).toEqual([['Staff', 'Other'], ['1400']]);
  });

  it('reads a deduction among the lines (“Less: provision” in the revenue, lines after it) as an adjustment that takes off, written either way', () => {
    const revenue = 'Revenue (CHF thousands)\nItem,2026,2027\nAssessed contributions,120000,120000\nLess: provision for delayed payments,-1000,-1000\nCost recovery,15000,15500\nTOTAL REVENUE,134000,134500';
    for (const text of [revenue, revenue.replace('-1000,-1000', '1000,1000')]) {
      const preview = read(text);
      const provision = preview.table.rows.find((row) => row.name.startsWith('Less:'))!;
      expect([lineNames(preview), provision.years.map((v) => v.toFixed()), totals(preview), preview.mismatches, preview.plan.reduction.amounts.map((v) => v.toFixed())]).toEqual([
        ['Assessed contributions', 'Less: provision for delayed payments', 'Cost recovery'],
        ['-1000', '-1000'],
        ['134000', '134500'],
        [],
        ['0', '0'],
      ]);
      expect(preview.notes.filter((n) => n.startsWith('Row 4'))).toEqual(['Row 4 (“Less: provision for delayed payments”) is read as an adjustment among the lines, taking its figures off: lines follow it, and the Total takes it off. If it is the table’s deduction, mark it “Deduction (taken off)” under “How the file is read”.']);
    }
  });

  it('reads such names as lines first in the table, beside one another, and a subtotal’s name that sums nothing', () => {
    const first = read('Programme budget 2025 (CHF thousands)\nProgramme,2025,2026\nTotal quality management,310,320\nDisaster risk reduction,1200,1260\nHuman resources,500,520\nTotal,2010,2100');
    expect([lineNames(first), totals(first), first.mismatches]).toEqual([['Total quality management', 'Disaster risk reduction', 'Human resources'], ['2010', '2100'], []]);
    const many = read('Programme,2025,2026\nTotal quality management,310,320\nDisaster risk reduction,1200,1260\nSubtotal accounting reform,90,95\nGrand Challenges initiative,600,610\nLess developed regions facility,700,720\nTotal,2900,3005');
    expect([lineNames(many).length, totals(many), many.mismatches, many.plan.reduction.amounts.map((v) => v.toFixed())]).toEqual([5, ['2900', '3005'], [], ['0', '0']]);
  });
});

import type { Workbook, Worksheet } from 'exceljs';
import type { NumberStyle } from '../../model/amount';
import { describeOperation } from '../../model/describe';
import { baselineWords, type Plan } from '../../model/plan';
import type { Replay } from '../../model/proposal';
import type { Scenario } from '../../model/scenario';
import { safeText } from '../safeText';
import { LINE_HEIGHT, wrappedLines } from '../pageLayout';
import { DATE_TIME_FORMAT } from './numberFormats';
import { BOLD, GRID, HEADER_FILL, LEFT, localDate, setUpPage } from './sheetStyle';

/** The Proposal and Notes sheets: text in columns, styled and set up for print like the tables. */

type Value = string | Date | number;

interface TextSheetSpec {
  readonly name: string;
  readonly widths: readonly number[];
  /** The first row is the heading row, repeated on every page. */
  readonly rows: readonly (readonly Value[])[];
  readonly footer: string;
  readonly date: Date;
}

function textSheet(workbook: Workbook, spec: TextSheetSpec): Worksheet {
  const sheet = workbook.addWorksheet(spec.name);
  sheet.columns = spec.widths.map((width) => ({ width }));
  spec.rows.forEach((values, i) => {
    const row = sheet.getRow(i + 1);
    // As tall as its longest wrapped text: a spreadsheet does not grow a row by itself when it prints.
    const lines = values.map((value, k) => (typeof value === 'string' ? wrappedLines(value, spec.widths[k]!) : 1));
    row.height = Math.max(...lines) * LINE_HEIGHT;
    values.forEach((value, k) => {
      const cell = row.getCell(k + 1);
      cell.value = typeof value === 'string' ? safeText(value) : value;
      if (value instanceof Date) cell.numFmt = DATE_TIME_FORMAT;
      cell.alignment = typeof value === 'number' ? { vertical: 'top', horizontal: 'right' } : LEFT;
      cell.border = GRID;
      if (i === 0) {
        cell.font = BOLD;
        cell.fill = HEADER_FILL;
      }
    });
  });
  setUpPage(sheet, { titleRows: '1:1', frozen: { rows: 1, columns: 0 }, footer: spec.footer, date: spec.date });
  return sheet;
}

export interface SheetSource {
  /** The scenario, or null for the published baseline. */
  readonly scenario: Scenario | null;
  readonly replay: Replay;
}

/** Every operation of every scenario exported, with its rationale, when it was made and whether it applied. */
export function writeProposalSheet(workbook: Workbook, plan: Plan, sources: readonly SheetSource[], style: NumberStyle, date: Date): void {
  const rows: Value[][] = [['Scenario', '#', 'Change', 'Rationale', 'Made', 'Applied']];
  for (const { scenario, replay } of sources) {
    if (scenario === null) continue;
    if (scenario.entries.length === 0) rows.push([scenario.name, '', `No changes: equals the ${baselineWords(plan)}`, '', '', '']);
    scenario.entries.forEach((entry, i) => {
      const failure = replay.failures.get(entry.id);
      const made = new Date(entry.at);
      rows.push([
        scenario.name,
        i + 1,
        describeOperation(entry.operation, plan, style),
        entry.rationale,
        Number.isNaN(made.getTime()) ? entry.at : localDate(made),
        !entry.enabled ? 'switched off' : failure ? `not applied: ${failure}` : 'yes',
      ]);
    });
  }
  textSheet(workbook, { name: 'Proposal', widths: [24, 5, 70, 45, 17, 14], rows, footer: `${plan.title} – proposals`, date });
}

export interface NotesSpec {
  readonly plan: Plan;
  readonly envelope: string;
  readonly exportedAt: Date;
  readonly appVersion: string;
}

/** What the workbook holds and how its figures are computed. */
export function writeNotesSheet(workbook: Workbook, { plan, envelope, exportedAt, appVersion }: NotesSpec): void {
  const rows: Value[][] = [
    ['Linkage calculator', 'Notes'],
    ['Table', plan.title],
    ['Source document', plan.source],
    ['Plan id', plan.id],
    ['Unit', plan.unit],
    ['Envelope', `${envelope} ${plan.unit}`],
    ['Exported', localDate(exportedAt)],
    ['App version', appVersion],
    ['Inputs', `The yearly amounts of each line and of the ${plan.reduction.name.toLowerCase()} are plain numbers; every other figure on the scenario sheets is a formula.`],
    ['Totals', 'A biennium is the sum of its years; the period total the sum of all years; a group the sum of its lines; Subtotal the sum of the lines; Total = Subtotal + reduction.'],
    ['Shares', "Each row's period total divided by the Total's, rounded half-up to the hundredth of a per cent, as the table shows it."],
    ['Differences', "On a comparison sheet, each figure of the scenario minus the baseline's; shares in percentage points, the exact difference rounded to the hundredth."],
    ['Precision', plan.precision === 0 ? `Amounts are whole ${plan.unit}.` : `Amounts carry ${plan.precision} decimal places.`],
    ['Number style', 'Figures are grouped with the separators of the spreadsheet reading the file (650 000, 650’000 or 650,000, as its settings say).'],
    ['Apportionment', 'Where an operation splits an amount, parts are apportioned by largest remainder, ties to the line or year that comes first, so every promised total holds exactly.'],
    ['Text', "Text that a spreadsheet could take for a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe."],
  ];
  textSheet(workbook, { name: 'Notes', widths: [20, 110], rows, footer: `${plan.title} – notes`, date: exportedAt });
}

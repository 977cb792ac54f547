import type { Workbook, Worksheet } from 'exceljs';
import type { NumberStyle } from '../../model/amount';
import { describeOperation } from '../../model/describe';
import { baselineWords, type Plan } from '../../model/plan';
import type { Replay } from '../../model/proposal';
import type { Scenario } from '../../model/scenario';
import { t } from '../../i18n/t';
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

/** The names of the sheets of text, in the person's language: the workbook keeps them free for these sheets. */
export const textSheetNames = () => ({ proposal: t('io.sheet.proposal'), notes: t('io.sheet.notes'), pool: t('io.sheet.pool') });

/** Whether an operation applied, in the Applied column. */
function appliedText(enabled: boolean, failure: string | undefined): string {
  if (!enabled) return t('io.proposalSheet.switchedOff');
  return failure ? t('io.proposalSheet.notApplied', { reason: failure }) : t('io.proposalSheet.yes');
}

/** Every operation of every scenario exported, with its rationale, when it was made and whether it applied. */
export function writeProposalSheet(workbook: Workbook, plan: Plan, sources: readonly SheetSource[], style: NumberStyle, date: Date): void {
  const headings = [t('io.proposalSheet.scenario'), '#', t('io.proposalSheet.change'), t('io.proposalSheet.rationale'), t('io.proposalSheet.made'), t('io.proposalSheet.applied')];
  const rows: Value[][] = [headings];
  for (const { scenario, replay } of sources) {
    if (scenario === null) continue;
    if (scenario.entries.length === 0) rows.push([scenario.name, '', t('io.proposalSheet.noChanges', { baseline: baselineWords(plan) }), '', '', '']);
    scenario.entries.forEach((entry, i) => {
      const failure = replay.failures.get(entry.id);
      const made = new Date(entry.at);
      rows.push([
        scenario.name,
        i + 1,
        describeOperation(entry.operation, plan, style),
        entry.rationale,
        Number.isNaN(made.getTime()) ? entry.at : localDate(made),
        appliedText(entry.enabled, failure),
      ]);
    });
  }
  textSheet(workbook, { name: textSheetNames().proposal, widths: [24, 5, 70, 45, 17, 14], rows, footer: t('io.proposalSheet.footer', { title: plan.title }), date });
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
    [t('io.app'), t('io.sheet.notes')],
    [t('io.notes.table'), plan.title],
    [t('io.notes.source'), plan.source],
    [t('io.notes.planId'), plan.id],
    [t('io.notes.unit'), plan.unit],
    [t('io.notes.envelope'), `${envelope} ${plan.unit}`],
    [t('io.notes.exported'), localDate(exportedAt)],
    [t('io.notes.appVersion'), appVersion],
    [t('io.notes.inputs'), t('io.notes.inputsText', { reduction: plan.reduction.name.toLowerCase() })],
    [t('io.notes.totals'), t('io.notes.totalsText')],
    [t('io.notes.shares'), t('io.notes.sharesText')],
    [t('io.notes.differences'), t('io.notes.differencesText')],
    [t('io.notes.precision'), plan.precision === 0 ? t('io.notes.precisionWhole', { unit: plan.unit }) : t('io.notes.precisionDecimals', { count: plan.precision })],
    [t('io.notes.numberStyle'), t('io.notes.numberStyleText')],
    [t('io.notes.apportionment'), t('io.notes.apportionmentText')],
    [t('io.notes.text'), t('io.notes.textText')],
  ];
  textSheet(workbook, { name: textSheetNames().notes, widths: [20, 110], rows, footer: t('io.notes.footer', { title: plan.title }), date: exportedAt });
}

import ExcelJS from 'exceljs';
import { shownTable } from '../model/table';
import { formatAmount, type NumberStyle } from '../model/amount';
import type { DisplayUnit } from '../model/displayUnit';
import { baselineWords, eyebrowPrefix, type Plan } from '../model/plan';
import type { Replay } from '../model/proposal';
import type { PrintedTable } from './printedTable';
import { t } from '../i18n/t';
import { sheetCaption, writeAppendixSheet } from './workbook/appendixSheet';
import { writeComparisonSheet } from './workbook/comparisonSheet';
import { writePoolSheet } from './workbook/poolSheet';
import { writeFinanceSheet, type FinanceSheetRows } from './workbook/financeSheet';
import { REVENUE_TOTAL, computeFinance, financeRow } from '../model/finance/financeTable';
import { textSheetNames, writeNotesSheet, writeProposalSheet, type SheetSource } from './workbook/textSheets';

/**
 * The Appendix A workbook, styled for a Council document: one sheet per
 * chosen scenario in the document's layout, where every derived figure is a
 * live formula with its cached value and only the yearly inputs are plain
 * numbers; then a comparison sheet per scenario against the baseline, a
 * Proposal sheet and a Notes sheet. Written with ExcelJS, which writes
 * fonts, borders, merges, page setup and print titles (SheetJS's npm
 * build writes none); this module is loaded only when a person exports.
 *
 * Numbers leave the Decimal world here, as IEEE doubles: amounts are capped
 * at 15 significant digits (see amount.ts), which a double holds exactly.
 */

export type { SheetSource } from './workbook/textSheets';

export interface WorkbookRequest {
  readonly plan: Plan;
  readonly baseline: Replay;
  /** The scenarios to export, each on its own sheet (the baseline is always the first sheet). */
  readonly scenarios: readonly SheetSource[];
  readonly style: NumberStyle;
  /** Figures shown in the plan's unit or in millions: how the cells show them; their values stay exact in the plan's unit. */
  readonly displayUnit?: DisplayUnit;
  readonly exportedAt: Date;
  readonly appVersion: string;
  /** Proposals pooled, on a sheet of their own ("Pool") after the comparisons; none when absent or empty. */
  readonly pool?: readonly { readonly name: string; readonly replay: Replay }[];
  /** Cached values let viewers that do not compute show the figures; off only to test a spreadsheet's own recomputation. */
  readonly withCachedValues?: boolean;
}

/*
 * The financial plan sheets keep their English names in every language: the
 * import looks for them by name (sheetChoice.ts), the baseline's as
 * "Financial plan", a scenario's as "FP …". The other sheets' names are in
 * the person's language; every formula that refers to another sheet quotes
 * its name (formulas.ts, quoteSheet).
 */
const FINANCE_SHEET = 'Financial plan';
const FINANCE_PREFIX = 'FP ';

/** The baseline's sheet: it names the plan's period, as a scenario's sheet names the scenario. */
const baselineSheetName = (plan: Pick<Plan, 'periodLabel' | 'baselineName'>): string => `${plan.baselineName} ${plan.periodLabel}`;

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet').slice(0, 31);
  let name = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name);
  return name;
}

export interface BuiltWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** How each table sheet is cut into pages, by sheet name. */
  readonly pages: ReadonlyMap<string, PrintedTable>;
}

/** The workbook for the request, ready to be written. */
export function buildWorkbook(request: WorkbookRequest): BuiltWorkbook {
  const { plan, baseline, style, exportedAt } = request;
  const displayUnit = request.displayUnit ?? 'plan';
  const withCachedValues = request.withCachedValues ?? true;
  const workbook = new ExcelJS.Workbook();
  const scenarios = request.scenarios.filter((source) => source.scenario !== null);
  const names = scenarios.map((source) => t('io.quoted', { name: source.scenario!.name }));
  workbook.creator = t('io.app');
  workbook.created = exportedAt;
  workbook.modified = exportedAt;
  workbook.title = `${eyebrowPrefix(plan)}${plan.title}`;
  const subject = { period: plan.periodLabel, baseline: baselineWords(plan) };
  workbook.subject = names.length === 0 ? t('io.workbook.subject', subject) : t('io.workbook.subjectWith', { ...subject, names: names.join(t('io.listSeparator')) });
  workbook.description = t('io.workbook.description', { source: plan.source, version: request.appVersion });

  const textSheets = textSheetNames();
  const taken = new Set<string>([textSheets.proposal, textSheets.notes, textSheets.pool]);
  // The rows the app shows: none of Subtotal and a nil reduction in a table without a deduction.
  const shown = (replay: Replay): Replay => ({ ...replay, table: shownTable(replay.table, plan) });
  const pages = new Map<string, PrintedTable>();
  // The baseline's financial plan sheet, which each scenario's variance refers to.
  let baseFinance: FinanceSheetRows | undefined;
  const appendix = (replay: Replay, scenario: string | null, wanted: string) => {
    const name = sheetName(wanted, taken);
    const sheet = workbook.addWorksheet(name);
    pages.set(name, writeAppendixSheet(sheet, { plan, replay: shown(replay), scenario, style, displayUnit, date: exportedAt, withCachedValues }));
    // Its financial plan beside it, the expenditure read from its Total.
    const { finance } = replay.state.plan;
    if (finance !== undefined) {
      const financeSheet = workbook.addWorksheet(sheetName(scenario === null ? FINANCE_SHEET : `${FINANCE_PREFIX}${scenario}`, taken));
      const caption = sheetCaption(scenario, plan);
      const written = writeFinanceSheet(financeSheet, { plan: replay.state.plan, finance, replay, appendixSheet: name, caption, style, date: exportedAt, withCachedValues, ...(baseFinance === undefined ? {} : { against: baseFinance }) });
      if (scenario === null) baseFinance = written;
    }
    return name;
  };
  const baselineName = appendix(baseline, null, baselineSheetName(plan));
  const named = scenarios.map((source) => ({ source, sheet: appendix(source.replay, source.scenario!.name, source.scenario!.name) }));
  for (const { source, sheet } of named) {
    const comparison = workbook.addWorksheet(sheetName(`Δ ${source.scenario!.name}`, taken));
    writeComparisonSheet(comparison, {
      plan,
      scenario: { name: source.scenario!.name, replay: shown(source.replay), sheet },
      baseline: { replay: shown(baseline), sheet: baselineName },
      style,
      displayUnit,
      date: exportedAt,
      withCachedValues,
    });
  }
  if (request.pool !== undefined && request.pool.length > 0) {
    const proposals = request.pool.map((pooled) => ({ name: pooled.name, table: shownTable(pooled.replay.table, plan) }));
    writePoolSheet(workbook.addWorksheet(textSheets.pool), { plan, baseline: shownTable(baseline.table, plan), proposals, style, date: exportedAt, withCachedValues });
  }
  if (scenarios.length > 0) writeProposalSheet(workbook, plan, scenarios, style, exportedAt);
  // With a financial plan the envelope is the baseline's revenue, not a typed figure.
  const { finance } = baseline.state.plan;
  const revenue = finance === undefined ? null : financeRow(computeFinance(finance, baseline.table), REVENUE_TOTAL).total;
  const envelope = revenue === null ? formatAmount(baseline.state.envelope.total, style, plan.precision) : t('io.workbook.envelopeRevenue', { amount: formatAmount(revenue, style, Math.max(plan.precision, revenue.decimalPlaces())) });
  writeNotesSheet(workbook, { plan, envelope, exportedAt, appVersion: request.appVersion });
  return { workbook, pages };
}

/** The .xlsx file's bytes. */
export async function workbookBytes({ workbook }: BuiltWorkbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}


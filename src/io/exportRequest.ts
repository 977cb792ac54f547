import { currentLanguage } from '../i18n/t';
import type { Language } from '../i18n/languages';
import type { NumberStyle } from '../model/amount';
import type { DisplayUnit } from '../model/displayUnit';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import { writePlan, type PlanFile } from './planFile';
import { writeEntry } from './workspaceFile';

/**
 * A workbook export as it crosses to the export worker: plain JSON (the plan
 * file and the entries as the workspace stores them), since Decimals and
 * the engine's rows do not survive structured cloning. The worker reads it
 * back and replays each scenario itself, so the page stays responsive while
 * ExcelJS writes a large plan (a 20 000-line plan takes seconds) and Stop can
 * end the worker outright. The worker's side is requestWorkbook.ts: this
 * module stays free of ExcelJS, which the page loads only in the worker.
 */
export interface ExportRequest {
  readonly plan: PlanFile;
  readonly scenarios: readonly (Omit<Scenario, 'entries'> & { readonly entries: readonly unknown[] })[];
  readonly style: NumberStyle;
  readonly displayUnit: DisplayUnit;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly appVersion: string;
  /** Proposals pooled (see state/poolSlice.ts), written on a sheet of their own; absent when none are. */
  readonly pool?: readonly { readonly name: string; readonly entries: readonly unknown[] }[];
  /** The person's language: the worker speaks it for the workbook's headings and labels (and the stages it reports). */
  readonly language: Language;
}

/** What the worker is doing, as words that follow “Exporting …: ”. */
export type ExportStage = string;

export function exportRequest(
  plan: Plan,
  scenarios: readonly Scenario[],
  options: Pick<ExportRequest, 'style' | 'displayUnit' | 'appVersion'> & { exportedAt: Date; pool?: readonly Pick<Scenario, 'name' | 'entries'>[]; language?: Language },
): ExportRequest {
  return {
    ...(options.pool === undefined || options.pool.length === 0 ? {} : { pool: options.pool.map((p) => ({ name: p.name, entries: p.entries.map(writeEntry) })) }),
    plan: writePlan(plan),
    scenarios: scenarios.map((scenario) => ({ ...scenario, entries: scenario.entries.map(writeEntry) })),
    style: options.style,
    displayUnit: options.displayUnit,
    exportedAt: options.exportedAt.toISOString(),
    appVersion: options.appVersion,
    language: options.language ?? currentLanguage(),
  };
}

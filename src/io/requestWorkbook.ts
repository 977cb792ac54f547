import { chooseLanguage, t } from '../i18n/t';
import { planShown } from '../i18n/planShown';
import { initialState } from '../model/apply';
import { replay, type Entry, type Replay } from '../model/proposal';
import { computeTable } from '../model/table';
import type { ExportRequest, ExportStage } from './exportRequest';
import { readEntry } from './operationJson';
import { readPlan } from './planFile';
import { buildWorkbook, workbookBytes } from './xlsxExport';

/** The entries back from their JSON; the app wrote them, so one that does not read is a fault, not a person's input. */
function readEntries(raw: readonly unknown[], name: string): Entry[] {
  return raw.map((json, i) => {
    const read = readEntry(json, t('io.export.operation', { name, number: String(i + 1) }));
    if ('problems' in read) throw new Error(read.problems.join('; '));
    return { ...read.entry, id: read.entry.id ?? String(i) };
  });
}

/**
 * The workbook's bytes for the request, saying each stage before it starts:
 * what the export worker runs. The worker speaks the person's language
 * first, so that the stages, headings and labels are in it.
 */
export async function workbookForRequest(request: ExportRequest, onStage: (stage: ExportStage) => void = () => {}): Promise<Uint8Array<ArrayBuffer>> {
  await chooseLanguage(request.language);
  onStage(t('io.export.stage.replaying'));
  const plan = planShown(readPlan(request.plan), request.language);
  const table = computeTable(plan);
  const start = initialState(plan);
  const baseline: Replay = replay(start, [], table);
  const scenarios = request.scenarios.map((scenario) => {
    const entries = readEntries(scenario.entries, scenario.name);
    return { scenario: { ...scenario, entries }, replay: replay(start, entries, table) };
  });
  const pool = request.pool?.map((pooled) => ({ name: pooled.name, replay: replay(start, readEntries(pooled.entries, pooled.name), table) }));
  onStage(t('io.export.stage.writing'));
  const built = buildWorkbook({ plan, baseline, scenarios, ...(pool === undefined ? {} : { pool }), style: request.style, displayUnit: request.displayUnit, exportedAt: new Date(request.exportedAt), appVersion: request.appVersion });
  onStage(t('io.export.stage.compressing'));
  return workbookBytes(built);
}

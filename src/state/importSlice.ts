import type { Amount } from '../model/amount';
import type { SetManyOperation } from '../model/operations/setMany';
import type { Scenario } from '../model/scenario';
import type { CellChange } from '../io/import/inputChanges';
import { makeScenario } from './scenarios';
import { afterPaint } from './afterPaint';
import { previewSource, readSource, type FileReading } from '../io/importFile';
import { isEmptyMapping, shapeOf, type TableLayout, type TableMapping } from '../io/import/mapping';
import type { KeyValueStorage } from './browserStorage';
import { rememberLayout, rememberedLayout } from './importLayouts';
import { readWorkbookInWorker, type WorkbookReader } from '../io/readWorkbook';
import { ImportError, headingLayout, type ImportPreview } from '../io/tableImport';
import type { ImportDraft, ImportSlice, SliceContext, TableChoice } from './appState';
import { byColumn, splitTables, type TableBlock } from '../io/import/splitTables';
import { isFinanceSource } from '../io/import/financeRows';
import { sheetNote } from '../io/sheetChoice';
import { addOperations } from './changes';
import { pasteBlock } from './paste';
import { commit, commitWithLast } from './historySlice';
import { activeReplay, activeScenario } from './selectors';
import { t } from '../i18n/t';
import { isUnitNote as isFileUnitNote } from '../io/import/matchPlan';
import { isMessage } from '../io/import/messages';
import { commaList, quoted, sentences } from './words';


/** Each other version of the file's figures as a scenario of the plan: one operation holding its figures, on `parent`'s entries. */
function versionScenarios(context: SliceContext, preview: ImportPreview, planId: string | null, parent: Scenario | null): Scenario[] {
  const { now, newId } = context;
  const at = now().toISOString();
  const made: Scenario[] = [];
  for (const version of preview.versions) {
    const entry = { id: newId(), operation: importOperation(version.changes, preview.source), rationale: t('state.import.versionRationale', { name: version.name, file: preview.source }), at, enabled: true };
    const data = { ...context.get(), scenarios: [...context.get().scenarios, ...made] };
    const scenario = makeScenario(data, { id: newId(), name: version.name || t('state.import.otherVersion'), planId, parent, createdAt: at });
    made.push({ ...scenario, entries: [...scenario.entries, ...(version.changes.length === 0 ? [] : [entry])] });
  }
  return made;
}

/** A table of other lines and years becomes a plan of its own beside the published one, under an id not yet taken; its other versions, scenarios of it. */
function addPlan(context: SliceContext, preview: ImportPreview): void {
  const { published, plans, scenarios } = context.get();
  const taken = new Set([published.id, ...plans.map((p) => p.id)]);
  let id = preview.plan.id;
  for (let n = 2; taken.has(id); n++) id = `${preview.plan.id} (${n})`;
  const imported = { ...preview.plan, id };
  const versions = versionScenarios(context, preview, id, null);
  const others = commaList(versions.slice(1).map((s) => quoted(s.name)));
  const compared = versions.length === 0 ? '' : versions.length === 1 ? t('state.import.versionShown', { name: versions[0]!.name }) : t('state.import.versionsShown', { name: versions[0]!.name, others });
  commit(context, {
    data: { plans: [...plans, imported], scenarios: [...scenarios, ...versions] },
    target: { planId: id, scenarioId: versions[0]?.id ?? null },
    view: { activePlanId: id, activeId: versions[0]?.id ?? null, compareId: null },
    message: { kind: 'info', text: sentences(t('state.import.openedAsPlan', { file: preview.source, title: imported.title }), compared) },
  });
}

/**
 * The previewed changes as one operation holding every figure: a file of
 * 5 000 lines is one step to replay and one entry to keep, not 20 000.
 */
function importOperation(changes: readonly CellChange[], source: string): SetManyOperation {
  const amounts: Record<string, Record<string, Amount>> = {};
  for (const change of changes) (amounts[change.rowId] ??= {})[change.year] = change.to;
  return { op: 'setMany', amounts, source };
}

function acceptImport(context: SliceContext, storage: KeyValueStorage | null): boolean {
  const { get, set } = context;
  const preview = get().importPreview;
  if (preview === null) return false;
  const draft = get().importDraft;
  const taken = applyPreview(context, preview);
  // The layout the person chose is kept for the next file of this shape once it has brought figures in;
  // a preview that could not be applied stays, with its layout, to correct or cancel.
  if (!taken) return false;
  if (storage !== null && draft !== null && !isEmptyMapping(draft.mapping)) rememberLayout(storage, draft.shape, draft.mapping, draft.read.source.rows);
  set({ importPreview: null, importDraft: null });
  return true;
}

/** The previewed figures brought in: a plan of their own, or one undoable change of the scenario shown. */
function applyPreview(context: SliceContext, preview: ImportPreview): boolean {
  const { get, set } = context;
  if (preview.kind === 'new-plan') {
    addPlan(context, preview);
    return true;
  }
  if (preview.changes.length === 0) {
    set({ message: { kind: 'info', text: t('state.import.sameFigures', { file: preview.source }) } });
    return true;
  }
  const name = preview.source.replace(/\.[^.]+$/, '');
  // The other versions' figures are changes to the scenario as it was before this one's.
  const before = activeScenario(get()) ?? null;
  if (!addOperations(context, [importOperation(preview.changes, preview.source)], t('state.import.rationale', { file: preview.source }), { name })) return false;
  addVersions(context, preview, before);
  const count = preview.changes.length;
  set({ message: { kind: 'info', text: t('state.import.applied', { count, file: preview.source, name: activeScenario(get())!.name }) } });
  return true;
}

/** Other versions of changes to the plan shown: scenarios beside the one changed, each its entries and the version's figures. */
function addVersions(context: SliceContext, preview: ImportPreview, before: Scenario | null): void {
  if (preview.versions.length === 0) return;
  const state = context.get();
  const versions = versionScenarios(context, preview, state.activePlanId, before);
  // Part of the import just committed: undone with its figures, in one step.
  commitWithLast(context, {
    data: { scenarios: [...state.scenarios, ...versions] },
    target: { planId: state.activePlanId, scenarioId: state.activeId },
    view: {},
    message: { kind: 'info', text: t('state.import.appliedWithVersions', { count: preview.changes.length, file: preview.source, name: activeScenario(state)?.name ?? '', versions: commaList(versions.map((s) => quoted(s.name))) }) },
  });
}

/** A note of the preview that says the figures' unit: the file's reading's, or the unit the person gave, in any language. */
const isUnitNote = (note: string): boolean => isFileUnitNote(note) || isMessage(note, 'state.import.unitSaid', ['unit']);

/** A unit is a few words: "USD thousands", "thousands of Swiss francs". */
const MAX_UNIT = 40;

const refusal = (error: unknown, fileName: string) =>
  error instanceof ImportError ? t('state.import.refused', { reason: error.message }) : t('state.import.unreadable', { file: fileName, reason: String(error) });

/** One of the tables a file holds, read as a file of its own (the others' rows left blank), with a note saying which. */
function tableRead(whole: ImportDraft['read'], tables: readonly TableBlock[], chosen: number): ImportDraft['read'] {
  const table = tables[chosen]!;
  const others = commaList(tables.filter((_, i) => i !== chosen).map((other) => quoted(other.name)));
  const note = t('state.import.tables', { count: tables.length, name: table.name, others });
  return { ...whole, source: { ...whole.source, rows: table.rows, name: t('state.import.tableSource', { file: whole.source.name, name: table.name }) }, notes: [note, ...whole.notes] };
}

/** A file read afresh: its first table when it holds several, with the layout remembered for that table's shape. */
function readChosen(context: SliceContext, whole: ImportDraft['read'], chosen: number, storage: KeyValueStorage | null, reading: FileReading): Promise<boolean> {
  // A financial plan's parts (parameters, revenue, expenses) are one table, whatever blank rows part them.
  const isFinance = reading === 'finance' || (reading === 'detect' && isFinanceSource(whole.source.rows));
  // A column naming each row's table says so outright, financial plan or not ("Revenue", "Expenses").
  const tables = isFinance ? byColumn(whole.source.rows) : splitTables(whole.source.rows);
  const read = tables.length > 1 ? tableRead(whole, tables, chosen) : whole;
  const choice = tables.length > 1 ? { whole, names: tables.map((t) => t.name), chosen } : null;
  const shape = shapeOf(read.source.rows);
  const remembered = storage === null ? null : rememberedLayout(storage, shape, read.source.rows);
  return readWith(context, read, shape, remembered ?? {}, remembered !== null, choice, reading);
}

/** The file read with a mapping: a preview, or the refusal with the headings as read, for the person to correct. */
async function readWith(context: SliceContext, read: ImportDraft['read'], shape: string, mapping: TableMapping, remembered: boolean, tables: TableChoice | null, reading: FileReading): Promise<boolean> {
  const { get, set } = context;
  // The scenario's own plan, with its breakdowns: a table exported from it reads back as changes to it.
  const { state, table } = activeReplay(get());
  try {
    const shown = activeScenario(get());
    const preview = await previewSource(read, { plan: state.plan, table, ...(shown === null ? {} : { scenarioName: shown.name }) }, mapping, reading);
    const notes = remembered ? [t('state.import.rememberedLayout'), ...preview.notes] : preview.notes;
    set({ importPreview: { ...preview, notes }, importDraft: { read, shape, mapping, remembered, layout: preview.layout, problems: [], tables, reading }, message: null });
    return true;
  } catch (error) {
    const problems = error instanceof ImportError ? error.problems : [String(error)];
    let layout: TableLayout | null = null;
    try {
      layout = headingLayout(read.source, mapping);
    } catch {
      // An empty file has no heading row to offer.
    }
    set({ importPreview: null, importDraft: layout === null ? null : { read, shape, mapping, remembered, layout, problems, tables, reading }, message: { kind: 'error', text: refusal(error, read.source.name) } });
    return false;
  }
}

/** Figures coming in from table files and the clipboard: previewed, then applied as one undoable change. */
export function importSlice(context: SliceContext, readWorkbook: WorkbookReader = readWorkbookInWorker, storage: KeyValueStorage | null = null): ImportSlice {
  const { get, set } = context;
  /** The import under way: each new one takes the next number. */
  let running = 0;
  return {
    importPreview: null,
    importDraft: null,
    importProgress: null,
    async previewImport(bytes, fileName, reading = 'detect') {
      // A later import or a cancel makes this one stale: what it found is then dropped, and nothing changes.
      const ticket = ++running;
      const isStale = () => ticket !== running;
      const stage = async (words: string) => {
        if (isStale()) return false;
        set({ importProgress: { file: fileName, stage: words } });
        await afterPaint();
        return !isStale();
      };
      if (!(await stage(t('state.import.stage.reading')))) return false;
      let read: ImportDraft['read'];
      try {
        read = await readSource(bytes, fileName, readWorkbook, reading);
      } catch (error) {
        if (isStale()) return false;
        set({ importProgress: null, importPreview: null, importDraft: null, message: { kind: 'error', text: refusal(error, fileName) } });
        return false;
      }
      if (!(await stage(t('state.import.stage.checking')))) return false;
      set({ importProgress: null });
      return readChosen(context, read, 0, storage, reading);
    },
    async rereadImport(reading) {
      const draft = get().importDraft;
      if (draft === null) return false;
      return readChosen(context, draft.tables?.whole ?? draft.read, 0, storage, reading);
    },
    async remapImport(mapping) {
      const draft = get().importDraft;
      if (draft === null) return false;
      return readWith(context, draft.read, draft.shape, mapping, false, draft.tables, draft.reading);
    },
    async chooseImportSheet(index) {
      const draft = get().importDraft;
      const whole = draft?.tables?.whole ?? draft?.read;
      const sheets = whole?.sheets;
      if (draft === null || sheets === undefined || index < 0 || index >= sheets.sources.length) return false;
      const chosen = sheets.sources[index]!;
      const note = sheetNote(sheets.names[index]!, sheets.names.filter((_, i) => i !== index), true);
      return readChosen(context, { source: chosen, notes: [note], sheets: { ...sheets, chosen: index } }, 0, storage, draft.reading);
    },
    async chooseImportTable(index) {
      const tables = get().importDraft?.tables;
      if (tables === undefined || tables === null || index < 0 || index >= tables.names.length) return false;
      return readChosen(context, tables.whole, index, storage, get().importDraft?.reading ?? 'detect');
    },
    acceptImport: () => acceptImport(context, storage),
    setImportUnit(unit) {
      const preview = get().importPreview;
      const said = unit.trim().replace(/\s+/g, ' ');
      if (preview === null || preview.kind !== 'new-plan') return false;
      if (said === '' || said.length > MAX_UNIT) {
        set({ message: { kind: 'error', text: t('state.import.unitRefused', { max: MAX_UNIT, unit: preview.plan.unit }) } });
        return false;
      }
      const notes = preview.notes.map((note) => (isUnitNote(note) ? t('state.import.unitSaid', { unit: said }) : note));
      set({ importPreview: { ...preview, plan: { ...preview.plan, unit: said }, notes }, message: null });
      return true;
    },
    cancelImport() {
      const wasRunning = get().importProgress;
      running++;
      set({
        importPreview: null,
        importDraft: null,
        importProgress: null,
        ...(wasRunning === null ? {} : { message: { kind: 'info' as const, text: t('state.import.stopped', { file: wasRunning.file }) } }),
      });
    },
    refusedPaste: null,
    pasteBlock: (rowId, columnId, block, options = {}) => pasteBlock(context, rowId, columnId, block, options),
  };
}

import type { Amount } from '../model/amount';
import type { SetManyOperation } from '../model/operations/setMany';
import { readTableFile } from '../io/importFile';
import { readWorkbookInWorker, type WorkbookReader } from '../io/readWorkbook';
import { ImportError, type ImportPreview } from '../io/tableImport';
import type { ImportSlice, SliceContext } from './appState';
import { addOperations } from './changes';
import { pasteBlock } from './paste';
import { commit } from './historySlice';
import { activeReplay, activeScenario } from './selectors';


/** A table of other lines and years becomes a plan of its own beside the published one, under an id not yet taken. */
function addPlan(context: SliceContext, preview: ImportPreview): void {
  const { published, plans } = context.get();
  const taken = new Set([published.id, ...plans.map((p) => p.id)]);
  let id = preview.plan.id;
  for (let n = 2; taken.has(id); n++) id = `${preview.plan.id} (${n})`;
  const imported = { ...preview.plan, id };
  commit(context, {
    data: { plans: [...plans, imported] },
    target: { planId: id, scenarioId: null },
    view: { activePlanId: id, activeId: null, compareId: null },
    message: { kind: 'info', text: `${preview.source} was opened as a plan of its own, “${imported.title}”: its figures are the read-only baseline of its scenarios.` },
  });
}

/**
 * The previewed changes as one operation holding every figure: a file of
 * 5 000 lines is one step to replay and one entry to keep, not 20 000.
 */
function importOperation(preview: ImportPreview): SetManyOperation {
  const amounts: Record<string, Record<string, Amount>> = {};
  for (const change of preview.changes) (amounts[change.rowId] ??= {})[change.year] = change.to;
  return { op: 'setMany', amounts, source: preview.source };
}

function acceptImport(context: SliceContext): boolean {
  const { get, set } = context;
  const preview = get().importPreview;
  if (preview === null) return false;
  if (preview.kind === 'new-plan') {
    addPlan(context, preview);
    set({ importPreview: null });
    return true;
  }
  if (preview.changes.length === 0) {
    set({ importPreview: null, message: { kind: 'info', text: `${preview.source} holds the same figures as the scenario shown: nothing to change.` } });
    return true;
  }
  const name = preview.source.replace(/\.[^.]+$/, '');
  if (!addOperations(context, [importOperation(preview)], `Imported from ${preview.source}`, { name })) return false;
  const count = preview.changes.length;
  set({ importPreview: null, message: { kind: 'info', text: `${count} figure${count === 1 ? '' : 's'} from ${preview.source} applied to “${activeScenario(get())!.name}”. Undo (Ctrl+Z) takes them back.` } });
  return true;
}

/** Figures coming in from table files and the clipboard: previewed, then applied as one undoable change. */
export function importSlice(context: SliceContext, readWorkbook: WorkbookReader = readWorkbookInWorker): ImportSlice {
  const { get, set } = context;
  return {
    importPreview: null,
    async previewImport(bytes, fileName) {
      // The scenario's own plan, with its breakdowns: a table exported from it reads back as changes to it.
      const { state, table } = activeReplay(get());
      try {
        set({ importPreview: await readTableFile(bytes, fileName, { plan: state.plan, table }, readWorkbook), message: null });
        return true;
      } catch (error) {
        const text = error instanceof ImportError ? `${error.message} Nothing was imported.` : `${fileName} could not be read: ${String(error)}. Nothing was imported.`;
        set({ importPreview: null, message: { kind: 'error', text } });
        return false;
      }
    },
    acceptImport: () => acceptImport(context),
    cancelImport() {
      set({ importPreview: null });
    },
    refusedPaste: null,
    pasteBlock: (rowId, columnId, block, options = {}) => pasteBlock(context, rowId, columnId, block, options),
  };
}

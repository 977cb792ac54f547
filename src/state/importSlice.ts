import { MAX_PASTE_CELLS } from '../io/clipboard';
import { readTableFile } from '../io/importFile';
import { readWorkbookInWorker, type WorkbookReader } from '../io/readWorkbook';
import { ImportError, type ImportPreview } from '../io/tableImport';
import { inputColumns, type AmountColumn } from '../model/columns';
import type { Row, Table } from '../model/table';
import type { Operation } from '../model/operation';
import type { ImportSlice, MessageChoice, PasteOptions, Reading, SliceContext } from './appState';
import type { Amount } from '../model/amount';
import { formatShown } from '../model/displayUnit';
import { isThousandfold } from '../model/validity';
import { addOperations, readFigure, type Figure } from './changes';
import { commit } from './historySlice';
import { activeReplay, activeScenario, cellName, shownPlan } from './selectors';

type Block = readonly (readonly string[])[];

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
  const operations: Operation[] = preview.changes.map((c) => ({ op: 'set', line: c.rowId, year: c.year, value: c.to }));
  const name = preview.source.replace(/\.[^.]+$/, '');
  if (!addOperations(context, operations, `Imported from ${preview.source}`, { name })) return false;
  const count = preview.changes.length;
  set({ importPreview: null, message: { kind: 'info', text: `${count} figure${count === 1 ? '' : 's'} from ${preview.source} applied to “${activeScenario(get())!.name}”. Undo (Ctrl+Z) takes them back.` } });
  return true;
}

interface ReadBlock {
  readonly operations: Operation[];
  /** Cells that are not amounts, each named with why. */
  readonly bad: string[];
  /** Cells that read two ways (`5,000`), each named with both readings. */
  readonly twoWays: string[];
  /** Cells whose new figure is about a thousand times the old one, each named with both. */
  readonly slips: string[];
}

/** The block's cells read into `set` operations of the cells they land on (only where the figure changes). */
function readBlock(block: Block, rows: readonly Row[], columns: readonly AmountColumn[], table: Table, read: (text: string) => Figure, shown: (value: Amount) => string): ReadBlock {
  const result: ReadBlock = { operations: [], bad: [], twoWays: [], slips: [] };
  block.forEach((cells, i) => {
    const row = rows[i]!;
    columns.forEach((column, k) => {
      const text = cells[k] ?? '';
      const figure = read(text);
      const where = `${cellName(table, row.id, column.id)}: “${text}” `;
      if (!figure.ok) (figure.readings && Object.keys(figure.readings).length > 0 ? result.twoWays : result.bad).push(`${where}${figure.why}`);
      else if (!figure.value.eq(column.amountOf(row))) {
        result.operations.push({ op: 'set', line: row.id, year: column.id, value: figure.value });
        if (isThousandfold(column.amountOf(row), figure.value)) result.slips.push(`${cellName(table, row.id, column.id)}: ${shown(figure.value)} for ${shown(column.amountOf(row))}`);
      }
    });
  });
  return result;
}

function pasteBlock(context: SliceContext, rowId: string, columnId: string, block: Block, options: PasteOptions): boolean {
  const { validOnly = false, readAs } = options;
  const { get, set } = context;
  const { style, displayUnit } = get();
  const plan = shownPlan(get());
  const { table } = activeReplay(get());
  const inputRows = table.rows.filter((row) => row.kind === 'line' || row.kind === 'reduction');
  const firstRow = inputRows.findIndex((row) => row.id === rowId);
  // The typed columns, in the order the grid shows them: where a block lands.
  const columns = inputColumns(plan);
  const firstColumn = columns.findIndex((column) => column.id === columnId);
  const refuse = (text: string, choices?: readonly MessageChoice[]) => {
    set({ message: { kind: 'error', text, ...(choices ? { choices } : {}) }, refusedPaste: null });
    return false;
  };
  if (firstRow === -1 || firstColumn === -1) return refuse(`Paste into a yearly figure of a line or of the reduction: ${cellName(table, rowId, columnId)} is computed from others.`);
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return refuse('The clipboard holds no cells to paste.');
  if (height * width > MAX_PASTE_CELLS) return refuse(`The clipboard holds ${height * width} cells, more than ${MAX_PASTE_CELLS}.`);
  if (firstRow + height > inputRows.length || firstColumn + width > columns.length) {
    return refuse(
      `The block is ${height} × ${width} cells but from ${cellName(table, rowId, columnId)} there are only ${inputRows.length - firstRow} rows and ${columns.length - firstColumn} years to fill. Nothing was pasted.`,
    );
  }
  const { operations, bad, twoWays, slips } = readBlock(
    block,
    inputRows.slice(firstRow, firstRow + height),
    columns.slice(firstColumn, firstColumn + width),
    table,
    (text) => readFigure(text, plan, style, displayUnit, readAs),
    (value) => formatShown(value, plan, style, displayUnit),
  );
  if (twoWays.length > 0) {
    const again = (reading: Reading): MessageChoice => ({
      label: `Read them as ${reading === 'thousands' ? 'thousands' : 'decimals'}`,
      testId: reading,
      run: () => void pasteBlock(context, rowId, columnId, block, { ...options, readAs: reading }),
    });
    return refuse(`Nothing was pasted: ${twoWays.length} of ${height * width} cells read two ways. ${twoWays.join('; ')}.`, [again('thousands'), again('decimal')]);
  }
  if (slips.length > 0 && !options.isConfirmed && (bad.length === 0 || validOnly)) {
    const anyway: MessageChoice = { label: 'Paste them anyway', testId: 'apply-anyway', run: () => void pasteBlock(context, rowId, columnId, block, { ...options, isConfirmed: true }) };
    return refuse(`Nothing was pasted yet: ${slips.length} figure${slips.length === 1 ? '' : 's'} would replace one about a thousand times larger or smaller. ${slips.join('; ')}. A slip of a thousand?`, [anyway]);
  }
  if (bad.length > 0 && !validOnly) {
    set({ message: { kind: 'error', text: `Nothing was pasted: ${bad.length} of ${height * width} cells are not amounts. ${bad.join('; ')}.` }, refusedPaste: { rowId, columnId, block } });
    return false;
  }
  set({ refusedPaste: null });
  if (operations.length === 0) {
    set({ message: { kind: 'info', text: 'The pasted figures are those already there: nothing changed.' } });
    return true;
  }
  if (!addOperations(context, operations, '')) return false;
  const skipped = bad.length ? ` (${bad.length} cells that are not amounts were left as they were)` : '';
  set({ message: { kind: 'info', text: `Pasted ${operations.length} figure${operations.length === 1 ? '' : 's'}${skipped}. Undo (Ctrl+Z) takes them back.` } });
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

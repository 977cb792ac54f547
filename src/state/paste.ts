import { MAX_PASTE_CELLS } from '../io/clipboard';
import { Dec, decimalText, parsePercent, type Amount } from '../model/amount';
import { isAmountColumn, type TableColumn } from '../model/columns';
import { formatShown } from '../model/displayUnit';
import type { Operation } from '../model/operation';
import { percentHalfUp } from '../model/share';
import { rowOf, shareOf, type Row, type Table } from '../model/table';
import { isThousandfold } from '../model/validity';
import type { MessageChoice, PasteOptions, Reading, SliceContext } from './appState';
import { addOperations, readFigure, type Figure } from './changes';
import { isInputCell, landing, type Block, type Landing } from './pasteLanding';
import { figureColumn, withoutLabels } from './pasteLabels';
import { activeReplay, cellName, shownPlan } from './selectors';

/** A computed figure the block carries (a biennium, a total, a share): checked, never typed in. */
interface Check {
  readonly row: Row;
  readonly column: TableColumn;
  readonly text: string;
}

interface ReadBlock {
  readonly operations: Operation[];
  /** Cells that are not amounts, each named with why. */
  readonly bad: string[];
  /** Cells that read two ways (`5,000`), each named with both readings. */
  readonly twoWays: string[];
  /** The readings every one of those cells allows: only these are offered. */
  readonly readings: Set<Reading>;
  /** Cells whose new figure is about a thousand times the old one, each named with both. */
  readonly slips: string[];
  readonly checks: Check[];
}

/** The block's cells read into `set` operations of the typed cells they land on (where the figure changes), and checks of the computed ones. */
function readBlock(block: Block, { rows, columns }: Landing, table: Table, read: (text: string) => Figure, shown: (value: Amount) => string): ReadBlock {
  const result: ReadBlock = { operations: [], bad: [], twoWays: [], readings: new Set(['thousands', 'decimal']), slips: [], checks: [] };
  block.forEach((cells, i) => {
    const row = rows[i]!;
    columns.forEach((column, k) => {
      const text = cells[k] ?? '';
      if (!isInputCell(row, column) || !isAmountColumn(column)) {
        if (text.trim() !== '') result.checks.push({ row, column, text });
        return;
      }
      const figure = read(text);
      const where = `${cellName(table, row.id, column.id)}: “${text}” `;
      const current = column.amountOf(row);
      if (!figure.ok && figure.readings && Object.keys(figure.readings).length > 0) {
        result.twoWays.push(`${where}${figure.why}`);
        for (const reading of result.readings) if (figure.readings[reading] === undefined) result.readings.delete(reading);
      } else if (!figure.ok) result.bad.push(`${where}${figure.why}`);
      else if (!figure.value.eq(current)) {
        result.operations.push({ op: 'set', line: row.id, year: column.id, value: figure.value });
        if (isThousandfold(current, figure.value)) result.slips.push(`${cellName(table, row.id, column.id)}: ${shown(figure.value)} for ${shown(current)}`);
      }
    });
  });
  return result;
}

/** The computed figures of the block that are not those computed here (the inputs pasted), each named with both; those that agree are skipped. */
function differing(checks: readonly Check[], table: Table, read: (text: string) => Figure, shown: (value: Amount) => string, style: { decimal: ',' | '.' }): string[] {
  return checks.flatMap(({ row, column, text }) => {
    const now = rowOf(table, row.id);
    const where = `${cellName(table, row.id, column.id)}: ${text.trim()} in the block`;
    if (!isAmountColumn(column)) {
      const computed = percentHalfUp(shareOf(table, row.id));
      // A share copied from a table in another style (`36.07%` here in `36,07%`'s) is compared by value wherever it reads one way.
      const inBlock = parsePercent(text, { style: { id: 'share', group: ' ', decimal: style.decimal }, scale: 6 });
      const values = inBlock.ok ? [inBlock.value] : Object.values(inBlock.error.readings ?? {});
      const agrees = computed !== null && values.some((value) => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).eq(computed));
      return agrees ? [] : [`${where}, ${computed === null ? 'none' : `${decimalText(computed, style, 2)}%`} computed`];
    }
    const figure = read(text);
    const readings = figure.ok ? [figure.value] : Object.values(figure.readings ?? {});
    return readings.some((value) => value.eq(column.amountOf(now))) ? [] : [`${where}, ${shown(column.amountOf(now))} computed`];
  });
}

/**
 * Pastes a block of text cells from (rowId, columnId) on: yearly figures land
 * on the lines and the reduction, years in order; a block of the grid's own
 * shape (a row with its totals and share) lands as the grid shows it, its
 * computed figures checked, never typed in. One undoable change; refused,
 * naming every bad cell, unless the person chooses how to go on.
 */
export function pasteBlock(context: SliceContext, rowId: string, pastedOn: string, pasted: Block, options: PasteOptions): boolean {
  const { validOnly = false, readAs } = options;
  const { get, set } = context;
  const { style, displayUnit } = get();
  const plan = shownPlan(get());
  const { table } = activeReplay(get());
  // A row copied with its code and name: the labels are left off and the figures land on the years.
  const block = withoutLabels(pasted, table);
  const columnId = block === pasted ? pastedOn : figureColumn(pastedOn, table);
  const read = (text: string) => readFigure(text, plan, style, displayUnit, readAs);
  const shown = (value: Amount) => formatShown(value, plan, style, displayUnit);
  const refuse = (text: string, choices?: readonly MessageChoice[]) => {
    set({ message: { kind: 'error', text, ...(choices ? { choices } : {}) }, refusedPaste: null });
    return false;
  };
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return refuse('The clipboard holds no cells to paste.');
  if (height * width > MAX_PASTE_CELLS) return refuse(`The clipboard holds ${height * width} cells, more than ${MAX_PASTE_CELLS}.`);
  const landed = landing(table, rowId, columnId, block, read, cellName(table, rowId, columnId), options.shape);
  const again = (change: PasteOptions) => () => void pasteBlock(context, rowId, columnId, block, { ...options, ...change });
  if (landed === 'ask') {
    const choices: MessageChoice[] = [
      { label: 'They are yearly figures', testId: 'shape-years', run: again({ shape: 'years' }) },
      { label: 'It is a row as the grid shows it', testId: 'shape-grid', run: again({ shape: 'grid' }) },
    ];
    return refuse('Nothing was pasted yet: the block may be yearly figures, one for each year in order, or a row copied from the grid with its totals among them (one of its figures adds up others, as a total would). Say which.', choices);
  }
  if (typeof landed === 'string') return refuse(landed);
  const { operations, bad, twoWays, readings, slips, checks } = readBlock(block, landed, table, read, shown);
  if (twoWays.length > 0) {
    const choice = (reading: Reading): MessageChoice => ({ label: `Read them as ${reading === 'thousands' ? 'thousands' : 'decimals'}`, testId: reading, run: again({ readAs: reading }) });
    return refuse(`Nothing was pasted: ${twoWays.length} of ${height * width} cells read two ways. ${twoWays.join('; ')}.`, [...readings].map(choice));
  }
  if (slips.length > 0 && !options.isConfirmed && (bad.length === 0 || validOnly)) {
    const anyway: MessageChoice = { label: 'Paste them anyway', testId: 'apply-anyway', run: again({ isConfirmed: true }) };
    return refuse(`Nothing was pasted yet: ${slips.length} figure${slips.length === 1 ? '' : 's'} would replace one about a thousand times larger or smaller. ${slips.join('; ')}. A slip of a thousand?`, [anyway]);
  }
  if (bad.length > 0 && !validOnly) {
    set({ message: { kind: 'error', text: `Nothing was pasted: ${bad.length} of ${height * width} cells are not amounts. ${bad.join('; ')}.` }, refusedPaste: { rowId, columnId, block } });
    return false;
  }
  set({ refusedPaste: null });
  if (operations.length > 0 && !addOperations(context, operations, '', { isSlipChecked: true })) return false;
  const after = activeReplay(get()).table;
  const differ = differing(checks, after, read, shown, style);
  const checked = checks.length === 0 ? '' : differ.length === 0 ? ' The totals and shares in the block agree with those computed.' : ` ${differ.length} computed figure${differ.length === 1 ? ' of the block differs from the one' : 's of the block differ from those'} computed here, which ${differ.length === 1 ? 'stands' : 'stand'}: ${differ.join('; ')}.`;
  const skipped = bad.length ? ` (${bad.length} cells that are not amounts were left as they were)` : '';
  const done = operations.length === 0 ? 'The pasted figures are those already there: nothing changed.' : `Pasted ${operations.length} figure${operations.length === 1 ? '' : 's'}${skipped}. Undo (Ctrl+Z) takes them back.`;
  set({ message: { kind: 'info', text: `${done}${checked}` } });
  return true;
}

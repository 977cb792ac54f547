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
import { t } from '../i18n/t';
import { semicolonList, sentences } from './words';

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
      const where = (why: string) => t('state.paste.cellWhy', { cell: cellName(table, row.id, column.id), text, why });
      const current = column.amountOf(row);
      if (!figure.ok && figure.readings && Object.keys(figure.readings).length > 0) {
        result.twoWays.push(where(figure.why));
        for (const reading of result.readings) if (figure.readings[reading] === undefined) result.readings.delete(reading);
      } else if (!figure.ok) result.bad.push(where(figure.why));
      else if (!figure.value.eq(current)) {
        result.operations.push({ op: 'set', line: row.id, year: column.id, value: figure.value });
        if (isThousandfold(current, figure.value)) result.slips.push(t('state.change.slip', { cell: cellName(table, row.id, column.id), value: shown(figure.value), was: shown(current) }));
      }
    });
  });
  return result;
}

/** The computed figures of the block that are not those computed here (the inputs pasted), each named with both; those that agree are skipped. */
function differing(checks: readonly Check[], table: Table, read: (text: string) => Figure, shown: (value: Amount) => string, style: { decimal: ',' | '.' }): string[] {
  return checks.flatMap(({ row, column, text }) => {
    const now = rowOf(table, row.id);
    const differs = (computed: string) => t('state.paste.differs', { cell: cellName(table, row.id, column.id), text: text.trim(), computed });
    if (!isAmountColumn(column)) {
      const computed = percentHalfUp(shareOf(table, row.id));
      // A share copied from a table in another style (`36.07%` here in `36,07%`'s) is compared by value wherever it reads one way.
      const inBlock = parsePercent(text, { style: { id: 'share', group: ' ', decimal: style.decimal }, scale: 6 });
      const values = inBlock.ok ? [inBlock.value] : Object.values(inBlock.error.readings ?? {});
      const agrees = computed !== null && values.some((value) => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).eq(computed));
      return agrees ? [] : [differs(computed === null ? t('state.paste.none') : `${decimalText(computed, style, 2)}%`)];
    }
    const figure = read(text);
    const readings = figure.ok ? [figure.value] : Object.values(figure.readings ?? {});
    return readings.some((value) => value.eq(column.amountOf(now))) ? [] : [differs(shown(column.amountOf(now)))];
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
  const total = height * width;
  if (height === 0 || width === 0) return refuse(t('state.paste.empty'));
  if (total > MAX_PASTE_CELLS) return refuse(t('state.paste.tooMany', { count: total, max: MAX_PASTE_CELLS }));
  const landed = landing(table, rowId, columnId, block, read, cellName(table, rowId, columnId), options.shape);
  const again = (change: PasteOptions) => () => void pasteBlock(context, rowId, columnId, block, { ...options, ...change });
  if (landed === 'ask') {
    const choices: MessageChoice[] = [
      { label: t('state.paste.shape.years'), testId: 'shape-years', run: again({ shape: 'years' }) },
      { label: t('state.paste.shape.grid'), testId: 'shape-grid', run: again({ shape: 'grid' }) },
    ];
    return refuse(t('state.paste.shape.ask'), choices);
  }
  if (typeof landed === 'string') return refuse(landed);
  const { operations, bad, twoWays, readings, slips, checks } = readBlock(block, landed, table, read, shown);
  if (twoWays.length > 0) {
    const choice = (reading: Reading): MessageChoice => ({ label: t('state.paste.readAs', { reading }), testId: reading, run: again({ readAs: reading }) });
    return refuse(t('state.paste.twoWays', { count: twoWays.length, total, cells: semicolonList(twoWays) }), [...readings].map(choice));
  }
  if (slips.length > 0 && !options.isConfirmed && (bad.length === 0 || validOnly)) {
    const anyway: MessageChoice = { label: t('state.paste.anyway'), testId: 'apply-anyway', run: again({ isConfirmed: true }) };
    return refuse(t('state.paste.slips', { count: slips.length, cells: semicolonList(slips) }), [anyway]);
  }
  if (bad.length > 0 && !validOnly) {
    set({ message: { kind: 'error', text: t('state.paste.bad', { count: bad.length, total, cells: semicolonList(bad) }) }, refusedPaste: { rowId, columnId, block } });
    return false;
  }
  set({ refusedPaste: null });
  if (operations.length > 0 && !addOperations(context, operations, '', { isSlipChecked: true })) return false;
  const after = activeReplay(get()).table;
  const differ = differing(checks, after, read, shown, style);
  const checked = checks.length === 0 ? '' : differ.length === 0 ? t('state.paste.checksAgree') : t('state.paste.checksDiffer', { count: differ.length, figures: semicolonList(differ) });
  const count = operations.length;
  const done = count === 0 ? t('state.paste.unchanged') : bad.length > 0 ? t('state.paste.doneSkipped', { count, skipped: bad.length }) : t('state.paste.done', { count });
  set({ message: { kind: 'info', text: sentences(done, checked) } });
  return true;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValueSetterParams } from 'ag-grid-community';
import { committingDefaults, figureEditorParams, type CommitEdit } from '../../../src/ui/grid/committedEdit';
import { DOCUMENT_STYLE, ENGLISH_STYLE, SWISS_STYLE, Dec, formatAmount } from '../../../src/model/amount';

interface Row { id: string }

/** What AG Grid hands a value setter as an editor closes, with the parts the setter reads. */
function closing(newValue: unknown, rowIndex: number | null = 3) {
  const setFocusedCell = vi.fn<(rowIndex: number, columnId: string, pinned: unknown) => void>();
  const params = {
    data: { id: 'TP2' },
    column: { getColId: () => '2029' },
    newValue,
    node: { rowIndex, rowPinned: null },
    api: { setFocusedCell },
  } as unknown as ValueSetterParams<Row>;
  return { params, setFocusedCell };
}

describe('an edit handed to the store as the editor closes', () => {
  afterEach(() => vi.useRealTimers());

  it('hands over the row, the column and the text typed, keeps the base defaults, and writes nothing in the grid’s row', () => {
    const commit = vi.fn<CommitEdit<Row>>(() => true);
    const defaults = committingDefaults<Row>({ sortable: false, resizable: true }, commit);
    const { params } = closing('60 000');
    expect(defaults).toMatchObject({ sortable: false, resizable: true });
    expect(defaults.valueSetter).toBeTypeOf('function');
    expect((defaults.valueSetter as (p: ValueSetterParams<Row>) => boolean)(params)).toBe(false);
    expect(commit).toHaveBeenCalledWith({ id: 'TP2' }, '2029', '60 000');
  });

  it('hands a cleared cell over as empty text', () => {
    const commit = vi.fn<CommitEdit<Row>>(() => true);
    const setter = committingDefaults<Row>({}, commit).valueSetter as (p: ValueSetterParams<Row>) => boolean;
    setter(closing(null).params);
    setter(closing(undefined).params);
    expect(commit.mock.calls.map((call) => call[2])).toEqual(['', '']);
  });

  it('keeps the focus on a refused cell before the next key (a microtask, not a timer), and moves it on for an accepted one', async () => {
    vi.useFakeTimers();
    const setter = (isAccepted: boolean) => committingDefaults<Row>({}, () => isAccepted).valueSetter as (p: ValueSetterParams<Row>) => boolean;
    const refused = closing('abc');
    setter(false)(refused.params);
    expect(refused.setFocusedCell).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(refused.setFocusedCell).toHaveBeenCalledWith(3, '2029', null);
    const accepted = closing('1');
    setter(true)(accepted.params);
    await Promise.resolve();
    vi.runAllTimers();
    expect(accepted.setFocusedCell).not.toHaveBeenCalled();
  });
});

describe("a figure's editor", () => {
  it.each([
    [DOCUMENT_STYLE, '1234567,5'],
    [SWISS_STYLE, '1234567.5'],
    [ENGLISH_STYLE, '1234567.5'],
  ])('opens in %o without group separators, its decimal mark kept: %s', (style, opened) => {
    const params = figureEditorParams((value) => formatAmount(value, style, 1), style);
    expect(params.useFormatter).toBe(true);
    expect(params.formatValue(new Dec('1234567.5'))).toBe(opened);
    expect(params.formatValue(new Dec('-14800'))).toBe(style === DOCUMENT_STYLE ? '-14800,0' : '-14800.0');
    // While a typed text is being committed the grid may hand the text itself.
    expect(params.formatValue('14 800')).toBe('14 800');
    expect(params.formatValue(null)).toBe('');
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import type { Operation } from '../../../src/model/operation';
import { activeScenario, createAppStore } from '../../../src/state/appStore';
import { baselinePlan } from '../../../src/state/baseline';
import { memoryStorage } from '../../../src/state/browserStorage';
import { MessageBar } from '../../../src/ui/common/MessageBar';
import { StoreContext } from '../../../src/ui/common/storeContext';
import { ProposalPanel } from '../../../src/ui/proposal/ProposalPanel';

afterEach(cleanup);

const transfer: Operation = { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] };
const share: Operation = { op: 'setShare', line: 'TP2', share: new Dec(3) };

function renderPanel(operations: readonly Operation[]) {
  const store = createAppStore(baselinePlan(), { storage: memoryStorage() });
  for (const op of operations) expect(store.getState().applyOperation(op)).toBe(true);
  render(
    <StoreContext value={store}>
      <MessageBar />
      <ProposalPanel />
    </StoreContext>,
  );
  return store;
}

/** Each entry's notes about the others, as the person reads them. */
const notes = () => screen.getAllByTestId('entry').map((item) => [...item.querySelectorAll('.entry-interplay > span')].map((note) => note.textContent));

describe('an entry says where a later one changes what it did, and the later one says so too', () => {
  it('names the other entry by its place and in words, and the cells both changed', () => {
    renderPanel([transfer, share]);
    expect(notes()).toEqual([
      ['TP1 2030; TP3 2030 changed again by #2 (Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata).'],
      ['Changes again TP1 2030; TP3 2030, which #1 changed (Move 5 000 from TP1 to TP3 in 2030).'],
    ]);
  });

  it('says nothing once either is switched off, and again once it is back', () => {
    const store = renderPanel([transfer, share]);
    fireEvent.click(within(screen.getAllByTestId('entry')[1]!).getByRole('checkbox'));
    expect(notes()).toEqual([[], []]);
    act(() => store.getState().undo());
    expect(notes()[0]).toHaveLength(1);
  });

  it('names whole rows as every year and counts what it does not name; a rephase shows its years', () => {
    const rephase: Operation = { op: 'rephase', line: 'TP4', from: '2028', to: '2031', amount: new Dec(100) };
    renderPanel([rephase, share, { op: 'setShare', line: 'TP5', share: new Dec(20) }]);
    expect(screen.getAllByTestId('entry-effect')[0]!.textContent).toBe('TP4 2028 -100, 2031 +100');
    expect(notes()[1]).toEqual([
      'Changes again TP4 2028, 2031, which #1 changed (Move 100 of TP4 from 2028 to 2031).',
      'TP1 every year; TP2 every year; TP3 every year; and 8 more cells changed again by #3 (Set the share of TP5 to 20 % of Total, the other unlocked lines compensating pro rata).',
    ]);
  });
});

describe('entries moved by drag and drop', () => {
  // jsdom has no DragEvent: without one, a drag event would lose its pointer position.
  globalThis.DragEvent ??= class DragEvent extends MouseEvent {} as typeof globalThis.DragEvent;
  const dataTransfer = { setData: () => undefined, setDragImage: () => undefined, effectAllowed: 'all', dropEffect: 'none' };
  /** An entry 20 px high at 100 px from the top, so that a pointer at 105 is over its upper half. */
  const placed = (item: HTMLElement) => Object.assign(item, { getBoundingClientRect: () => ({ top: 100, height: 20, bottom: 120, left: 0, right: 500, width: 500, x: 0, y: 100 }) });

  it('lands the dragged entry before the one it is dropped on, as one undoable move, and says what that changed', () => {
    const store = renderPanel([transfer, share]);
    const [first, second] = activeScenario(store.getState())!.entries.map((e) => e.id);
    const items = screen.getAllByTestId('entry').map(placed);
    fireEvent.dragStart(within(items[1]!).getByTestId('entry-handle'), { dataTransfer });
    fireEvent.dragOver(items[0]!, { dataTransfer, clientY: 105 });
    expect(items[0]!.className).toContain('entry-drop-before');
    fireEvent.drop(items[0]!, { dataTransfer, clientY: 105 });
    expect(activeScenario(store.getState())!.entries.map((e) => e.id)).toEqual([second, first]);
    expect(screen.getByTestId('message').textContent).toMatch(/^Moving #2 above #1 changed 6 figures: TP1 total 227 774 → 227 724; .*; and 2 more\. Undo \(Ctrl\+Z\) takes it back\./);
    expect(screen.getAllByTestId('entry-words').map((w) => w.textContent)).toEqual(['Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata', 'Move 5 000 from TP1 to TP3 in 2030']);
    act(() => store.getState().undo());
    expect(activeScenario(store.getState())!.entries.map((e) => e.id)).toEqual([first, second]);
    expect(screen.getAllByTestId('entry-words')[0]!.textContent).toBe('Move 5 000 from TP1 to TP3 in 2030');
  });

  it('takes no drop that did not start on an entry, and no drop where the entry already is', () => {
    const store = renderPanel([transfer, share]);
    const before = activeScenario(store.getState());
    const items = screen.getAllByTestId('entry').map(placed);
    fireEvent.dragOver(items[0]!, { dataTransfer, clientY: 105 });
    fireEvent.drop(items[0]!, { dataTransfer, clientY: 105 });
    fireEvent.dragStart(within(items[0]!).getByTestId('entry-handle'), { dataTransfer });
    fireEvent.dragOver(items[1]!, { dataTransfer, clientY: 105 });
    expect(items[1]!.className).not.toContain('entry-drop');
    fireEvent.drop(items[1]!, { dataTransfer, clientY: 105 });
    expect(activeScenario(store.getState())).toBe(before);
    expect(store.getState().past).toHaveLength(2);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import type { Operation } from '../../../src/model/operation';
import { baselinePlan } from '../../../src/state/baseline';
import { createAppStore } from '../../../src/state/appStore';
import { memoryStorage } from '../../../src/state/browserStorage';
import { StoreContext } from '../../../src/ui/common/storeContext';
import { OperationForm } from '../../../src/ui/proposal/OperationForm';

afterEach(cleanup);

/** Appendix A's years with 1 000 lines of its own. */
const manyLines = () => {
  const plan = baselinePlan();
  return { ...plan, lines: Array.from({ length: 1000 }, (_, i) => ({ code: `L${i + 1}`, name: `Line ${i + 1}`, amounts: plan.years.map(() => new Dec(100)) })) };
};

describe('an operation on a plan of many lines', () => {
  it('takes a line typed or picked among suggestions, not from a list of every line', () => {
    const store = createAppStore(manyLines(), { storage: memoryStorage() });
    const submitted: Operation[] = [];
    render(
      <StoreContext value={store}>
        <OperationForm initial={{ op: 'transfer', from: 'L1', to: 'L2', amount: new Dec(5), years: ['2028'] }} onSubmit={(op) => submitted.push(op) > 0} submitLabel="Apply" />
      </StoreContext>,
    );
    const to = screen.getByTestId('op-field-to');
    expect(to.tagName).toBe('INPUT');
    fireEvent.change(to, { target: { value: 'L99' } });
    // Suggestions for what is typed, a few: the code's beginning or the words.
    const suggested = [...document.getElementById(to.getAttribute('list')!)!.querySelectorAll('option')].map((option) => option.getAttribute('value'));
    expect(suggested).toEqual(['L99', 'L990', 'L991', 'L992', 'L993', 'L994', 'L995', 'L996', 'L997', 'L998', 'L999']);
    expect(document.querySelectorAll('option').length).toBeLessThan(100);
    // A code typed in lower case is the line's.
    fireEvent.change(screen.getByTestId('op-field-from'), { target: { value: 'l7' } });
    expect((screen.getByTestId('op-field-from') as HTMLInputElement).value).toBe('L7');
    fireEvent.click(screen.getByTestId('op-apply'));
    expect(submitted.map((op) => (op.op === 'transfer' ? `${op.from}→${op.to}` : ''))).toEqual(['L7→L99']);
  });

  it('refuses a code that is no line of the plan, by name', () => {
    const store = createAppStore(manyLines(), { storage: memoryStorage() });
    const before = JSON.stringify(store.getState().scenarios);
    render(
      <StoreContext value={store}>
        <OperationForm initial={{ op: 'transfer', from: 'L1', to: 'L2', amount: new Dec(5), years: ['2028'] }} />
      </StoreContext>,
    );
    fireEvent.change(screen.getByTestId('op-field-to'), { target: { value: 'L5000' } });
    fireEvent.click(screen.getByTestId('op-apply'));
    expect(store.getState().message?.text).toMatch(/L5000/);
    expect(JSON.stringify(store.getState().scenarios)).toBe(before);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { operationToJson, readEntry } from '../../../src/io/operationJson';
import { NUMBER_STYLES, decimalText, formatAmount, type Amount } from '../../../src/model/amount';
import { describeOperation } from '../../../src/model/describe';
import type { Operation } from '../../../src/model/operation';
import { fieldList } from '../../../src/model/operations/fields';
import { OPERATION_KEYS, OPERATIONS } from '../../../src/model/operations/registry';
import { REDUCTION_ID, type Plan } from '../../../src/model/plan';
import { createAppStore } from '../../../src/state/appStore';
import { memoryStorage } from '../../../src/state/browserStorage';
import { StoreContext } from '../../../src/ui/common/storeContext';
import { OperationForm } from '../../../src/ui/proposal/OperationForm';
import { planArb } from '../../support/arbitraries';
import { operationArb } from '../../support/fieldArbitraries';

afterEach(cleanup);

/** Operations compared as their file text: amounts as exact decimal text. */
const asText = (op: Operation) => JSON.stringify(operationToJson(op));

const caseArb = (key: (typeof OPERATION_KEYS)[number]) =>
  planArb.chain((plan) => fc.record({ plan: fc.constant(plan), op: operationArb(key, plan), style: fc.constantFrom(...NUMBER_STYLES) }));

/** Renders the form pre-filled with `op` and submits it unchanged: what it gives back. */
function submitPrefilled(plan: Plan, op: Operation, styleId: string): Operation[] {
  const store = createAppStore(plan, { storage: memoryStorage() });
  store.getState().setNumberStyle(styleId);
  const submitted: Operation[] = [];
  const onSubmit = (operation: Operation) => submitted.push(operation) > 0;
  render(
    <StoreContext value={store}>
      <OperationForm initial={op} onSubmit={onSubmit} submitLabel="Save" />
    </StoreContext>,
  );
  fireEvent.click(screen.getByTestId('op-apply'));
  const refusal = store.getState().message;
  cleanup();
  if (refusal !== null) throw new Error(`the form refused its own values: ${refusal.text}`);
  return submitted;
}

describe.each(OPERATION_KEYS)('the %s operation, defined once', (key) => {
  it('round-trips random valid parameters through the file format', () => {
    fc.assert(
      fc.property(caseArb(key), ({ op }) => {
        const read = readEntry(JSON.parse(JSON.stringify(operationToJson(op))), 'operation 1');
        expect(read).toHaveProperty('entry');
        expect(asText((read as { entry: { operation: Operation } }).entry.operation)).toBe(asText(op));
      }),
      { numRuns: 60 },
    );
  });

  it('says itself in words naming its lines and figures', () => {
    fc.assert(
      fc.property(caseArb(key), ({ plan, op, style }) => {
        const words = describeOperation(op, plan, style);
        expect(words).not.toMatch(/undefined|NaN|\[object/);
        const values = op as unknown as Record<string, unknown>;
        // What the words must name: each line (the reduction is named by its name), each amount and percentage as written in the style.
        const named = fieldList(OPERATIONS[key].fields).flatMap(([name, field]) => {
          const value = values[name];
          if (field.kind === 'line') return value === REDUCTION_ID ? [] : [String(value)];
          if (field.kind === 'amount') return [formatAmount(value as Amount, style, plan.precision)];
          if (field.kind === 'percent') return [decimalText(value as Amount, style)];
          return [];
        });
        for (const fragment of named) expect(words).toContain(fragment);
      }),
      { numRuns: 60 },
    );
  });

  it('opens a form pre-filled with it, which gives it back unchanged in every number style', () => {
    fc.assert(
      fc.property(caseArb(key), ({ plan, op, style }) => {
        const submitted = submitPrefilled(plan, op, style.id);
        expect(submitted).toHaveLength(1);
        expect(asText(submitted[0]!)).toBe(asText(op));
      }),
      { numRuns: 15 },
    );
  });
});

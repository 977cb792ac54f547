import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldJson, fieldSchema } from '../../../src/io/operationJson';
import { NUMBER_STYLES } from '../../../src/model/amount';
import { readField, valueDraft } from '../../../src/model/operations/draft';
import type { Field, FieldKind } from '../../../src/model/operations/fields';
import { planArb } from '../../support/arbitraries';
import { fieldArb } from '../../support/fieldArbitraries';

/** One field of every kind: a kind missing here is a type error, so no kind goes untested, used by an operation or not. */
const SAMPLES: { readonly [K in FieldKind]: Extract<Field, { kind: K }> } = {
  finance: { kind: 'finance', label: 'Parameter', of: 'parameter' },
  line: { kind: 'line', label: 'Line' },
  lines: { kind: 'lines', label: 'Lines' },
  text: { kind: 'text', label: 'Note' },
  year: { kind: 'year', label: 'Year' },
  years: { kind: 'years', label: 'Years' },
  period: { kind: 'period', label: 'Period' },
  amount: { kind: 'amount', label: 'Amount' },
  percent: { kind: 'percent', label: 'Per cent' },
  choice: { kind: 'choice', label: 'Choice', options: [['a', 'A'], ['b', 'B']] },
  mode: { kind: 'mode', value: 'm' },
  byYear: { kind: 'byYear', label: 'By year', of: 'amount' },
  byPeriod: { kind: 'byPeriod', label: 'By period' },
  cells: { kind: 'cells', label: 'Cells' },
  parts: { kind: 'parts', label: 'Parts', of: 'weight' },
};

/** Values compared as the file writes them: amounts as exact decimal text. */
const asText = (field: Field, value: unknown) => JSON.stringify(value === undefined ? null : fieldJson(field, value));

describe.each(Object.values(SAMPLES))('a field of kind $kind', (field) => {
  it('round-trips any value it may hold through its file schema and through a form draft, in every number style', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => fc.record({ plan: fc.constant(plan), value: fieldArb(field, plan), style: fc.constantFrom(...NUMBER_STYLES) })),
        ({ plan, value, style }) => {
          const json = value === undefined ? undefined : JSON.parse(JSON.stringify(fieldJson(field, value)));
          const parsed = fieldSchema(field).safeParse(json);
          expect(parsed.success).toBe(true);
          expect(asText(field, parsed.data)).toBe(asText(field, value));
          const context = { plan, style };
          const draft = value === undefined ? undefined : valueDraft(field, value, context);
          expect(asText(field, readField(field, draft, context))).toBe(asText(field, value));
        },
      ),
      { numRuns: 80 },
    );
  });
});

import fc from 'fast-check';
import type { Amount } from '../../src/model/amount';
import type { Operation } from '../../src/model/operation';
import { PERCENT_SCALE, fieldList, type Field } from '../../src/model/operations/fields';
import { OPERATIONS, nameOf, type OperationKey } from '../../src/model/operations/registry';
import { financeChoices } from '../../src/model/operations/finance';
import { REDUCTION_ID, TOTAL_COLUMN, isGroup, walkLines, type Plan } from '../../src/model/plan';
import { amountArb } from './arbitraries';

const someOf = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });
const byIds = (ids: readonly string[], value: fc.Arbitrary<Amount>) =>
  someOf(ids).chain((chosen) => fc.tuple(...chosen.map((id) => value.map((v) => [id, v] as const)))).map((entries) => Object.fromEntries(entries));
/** Text a person would give as a name: no spaces around it (the form trims them). */
const nameArb = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim()).filter((s) => s !== '');

/** Any value a field of this kind may hold in a file: valid by its schema, not necessarily applicable to the plan. */
export function fieldArb(field: Field, plan: Plan): fc.Arbitrary<unknown> {
  const codes = [...walkLines(plan.lines)].map(({ line }) => line.code);
  const amount = amountArb(plan.precision, 10n ** 12n);
  const percent = amountArb(PERCENT_SCALE, 10n ** 9n);
  switch (field.kind) {
    case 'line':
      return fc.constantFrom(...codes, ...(field.withReduction ? [REDUCTION_ID] : []));
    case 'finance': {
      // The plan's own parameters or revenue lines where it has a financial plan; any id a file may name otherwise.
      const ids = financeChoices(plan, field.of).map(([id]) => id);
      return ids.length > 0 ? fc.constantFrom(...ids) : nameArb;
    }
    case 'lines':
      return someOf(codes).map((chosen) => codes.filter((code) => chosen.includes(code)));
    case 'text':
      return fc.string({ maxLength: 40 });
    case 'year':
      return fc.constantFrom(...plan.years);
    case 'years':
      return someOf(plan.years);
    case 'period':
      return fc.constantFrom(...plan.biennia.map((b) => b.id), TOTAL_COLUMN);
    case 'amount':
      return amount;
    case 'percent':
      return percent;
    case 'choice':
      return fc.constantFrom(...field.options.map(([value]) => value));
    case 'mode':
      return fc.constant(field.value);
    case 'byYear':
      return byIds(plan.years, field.of === 'amount' ? amount : percent);
    case 'byPeriod':
      return plan.biennia.length === 0 ? fc.constant(undefined) : fc.option(byIds(plan.biennia.map((b) => b.id), amount), { nil: undefined });
    case 'cells': {
      // Lines with amounts of their own and the reduction, in the table's order, each with at least one year.
      const leaves = [...walkLines(plan.lines)].filter(({ line }) => !isGroup(line)).map(({ line }) => line.code);
      return someOf([...leaves, REDUCTION_ID]).chain((rows) => fc.tuple(...rows.map((row) => byIds(plan.years, amount).map((years) => [row, years] as const)))).map((entries) => Object.fromEntries(entries));
    }
    case 'parts': {
      const yearly = fc.tuple(...plan.years.map((y) => amount.map((v) => [y, v] as const))).map((e) => Object.fromEntries(e));
      const part = (i: number): fc.Arbitrary<unknown> =>
        field.of === 'weight'
          ? fc.record({ code: fc.constant(`P${i + 1}`), name: nameArb, weight: percent })
          : fc.record({ code: fc.constant(`P${i + 1}`), name: nameArb, amounts: yearly });
      return fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => part(i))));
    }
  }
  return field satisfies never;
}

/** A random operation of the kind `key`, every field valid by its schema. */
export function operationArb(key: OperationKey, plan: Plan): fc.Arbitrary<Operation> {
  const fields = fieldList(OPERATIONS[key].fields);
  return fc.tuple(...fields.map(([, field]) => fieldArb(field, plan))).map((values) => {
    const op: Record<string, unknown> = { op: nameOf(key) };
    fields.forEach(([name], i) => {
      if (values[i] !== undefined) op[name] = values[i];
    });
    return op as unknown as Operation;
  });
}

import { z } from 'zod';
import { Dec, MAX_DIGITS, canonicalAmount, type Amount } from '../model/amount';
import { OPERATION_NAMES, type Operation } from '../model/operation';
import { MAX_RATIONALE } from '../model/proposal';
import { MAX_PARTS, MAX_TEXT, fieldList, isTextValued, type Cells, type Field } from '../model/operations/fields';
import { OPERATIONS, OPERATION_KEYS, definitionOf, nameOf, type OperationKey } from '../model/operations/registry';

/**
 * Operations as JSON, the shape they have in proposal files and in the
 * browser's store: the operation's own fields (names as in the model), all
 * amounts and percentages as decimal text ("5000", "-1000", "36.07"), never
 * JSON numbers, plus `rationale`, `at` (ISO time) and `enabled`. The schema
 * of each operation is built from its fields' kinds.
 */

const DECIMAL_MESSAGE = 'must be a decimal number written as text, like "5000" or "-1000"';
// The same amount rules as everywhere: at most 15 significant digits, which a spreadsheet cell holds exactly.
const decimal = z
  .string({ error: DECIMAL_MESSAGE })
  .regex(/^-?\d{1,20}(\.\d{1,20})?$/, DECIMAL_MESSAGE)
  .transform((text) => new Dec(text))
  .refine((value) => value.isZero() || value.precision(true) <= MAX_DIGITS, `is too large: at most ${MAX_DIGITS} digits`);
const byKey = z.record(z.string().min(1), decimal);

/** The JSON schema of one field, by its kind. */
export function fieldSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case 'line':
      return z.string().min(1, 'must name a line');
    case 'finance':
      return z.string().min(1, `must name a ${field.of === 'parameter' ? 'parameter' : 'revenue line'} of the financial plan`);
    case 'lines':
      return z.array(z.string().min(1, 'must name a line')).min(1, 'must list at least one line');
    case 'text':
      return z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
    case 'year':
    case 'period':
      return z.string().min(1);
    case 'years':
      return z.array(z.string().min(1)).min(1, 'must list at least one year');
    case 'amount':
    case 'percent':
      return decimal;
    case 'choice':
      return z.enum(field.options.map(([value]) => value) as [string, ...string[]]);
    case 'mode':
      return z.literal(field.value);
    case 'byYear':
      return byKey;
    case 'byPeriod':
      return byKey.optional();
    case 'cells':
      return z
        .record(z.string().min(1, 'must name a line'), byKey.refine((years) => Object.keys(years).length > 0, 'must give at least one year'))
        .refine((rows) => Object.keys(rows).length > 0, 'must give at least one figure');
    case 'parts': {
      const part = { code: z.string().min(1, 'must name a line'), name: z.string() };
      const of = field.of === 'weight' ? { weight: decimal } : { amounts: byKey };
      return z.array(z.object({ ...part, ...of }).strict()).min(1).max(MAX_PARTS);
    }
  }
  return field satisfies never;
}

const schemas = new Map<OperationKey, z.ZodType>();
function schemaOf(key: OperationKey): z.ZodType {
  let schema = schemas.get(key);
  if (schema === undefined) {
    const shape = Object.fromEntries(fieldList(OPERATIONS[key].fields).map(([name, field]) => [name, fieldSchema(field)]));
    schema = z.object({ op: z.literal(nameOf(key)), ...shape }).strict();
    schemas.set(key, schema);
  }
  return schema;
}

const entryFields = z.object({
  id: z.string().min(1).max(100).optional(),
  rationale: z.string().max(MAX_RATIONALE, `must be at most ${MAX_RATIONALE} characters`).optional(),
  at: z.string().max(40).optional(),
  enabled: z.boolean().optional(),
});

export interface EntryJson {
  readonly operation: Operation;
  readonly id?: string;
  readonly rationale: string;
  readonly at: string;
  readonly enabled: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The registry key an entry names, or why it names none. */
function keyOfEntry(raw: Record<string, unknown>, where: string): { key: OperationKey } | { problem: string } {
  const op = raw.op;
  if (typeof op !== 'string' || !(OPERATION_NAMES as readonly string[]).includes(op)) {
    return { problem: `${where}: unknown operation ${JSON.stringify(op ?? null)} (known: ${OPERATION_NAMES.join(', ')})` };
  }
  if ((OPERATION_KEYS as readonly string[]).includes(op)) return { key: op as OperationKey };
  const modes = OPERATION_KEYS.filter((key) => key.startsWith(`${op}:`)).map((key) => key.slice(op.length + 1));
  const mode = raw.mode;
  if (typeof mode !== 'string' || !modes.includes(mode)) return { problem: `${where} (${op}): mode must be one of ${modes.join(', ')}` };
  return { key: `${op}:${mode}` as OperationKey };
}

/**
 * Reads one entry of a proposal, or lists what is wrong with it, each problem
 * prefixed with `where` (e.g. "operation 3 (transfer)").
 */
export function readEntry(raw: unknown, where: string): { entry: EntryJson } | { problems: string[] } {
  if (!isRecord(raw)) return { problems: [`${where}: is not an object with an "op" field`] };
  const found = keyOfEntry(raw, where);
  if ('problem' in found) return { problems: [found.problem] };
  const label = `${where} (${raw.op as string})`;
  const { id, rationale, at, enabled, ...operationFields } = raw;
  const meta = entryFields.safeParse({ id, rationale, at, enabled });
  const parsed = schemaOf(found.key).safeParse(operationFields);
  const problems = [...(meta.success ? [] : meta.error.issues), ...(parsed.success ? [] : parsed.error.issues)].map(
    (issue) => `${label}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  );
  if (problems.length > 0 || !parsed.success || !meta.success) return { problems };
  return {
    entry: {
      operation: parsed.data as Operation,
      ...(meta.data.id === undefined ? {} : { id: meta.data.id }),
      rationale: meta.data.rationale ?? '',
      at: meta.data.at ?? '',
      enabled: meta.data.enabled ?? true,
    },
  };
}

const textByKey = (record: Readonly<Record<string, Amount>>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, canonicalAmount(value)]));

/** One field's value as JSON, by its kind. */
export function fieldJson(field: Field, value: unknown): unknown {
  if (isTextValued(field)) return value;
  switch (field.kind) {
    case 'amount':
    case 'percent':
      return canonicalAmount(value as Amount);
    case 'byYear':
    case 'byPeriod':
      return textByKey(value as Readonly<Record<string, Amount>>);
    case 'cells':
      return Object.fromEntries(Object.entries(value as Cells).map(([row, years]) => [row, textByKey(years)]));
    case 'years':
    case 'lines':
      return [...(value as readonly string[])];
    case 'parts':
      return (value as readonly Record<string, unknown>[]).map((part) =>
        'weight' in part
          ? { code: part.code, name: part.name, weight: canonicalAmount(part.weight as Amount) }
          : { code: part.code, name: part.name, amounts: textByKey(part.amounts as Record<string, Amount>) },
      );
  }
  return field satisfies never;
}

/** An operation as JSON: `op`, then its fields in their declared order, amounts as decimal text. */
export function operationToJson(op: Operation): Record<string, unknown> {
  const values = op as unknown as Record<string, unknown>;
  const json: Record<string, unknown> = { op: op.op };
  for (const [name, field] of fieldList(definitionOf(op).fields)) {
    if (values[name] !== undefined) json[name] = fieldJson(field, values[name]);
  }
  return json;
}

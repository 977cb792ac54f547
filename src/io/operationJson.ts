import { z } from 'zod';
import { ar, es, fr, ru, zhCN } from 'zod/v4/locales';
import { currentLanguage, t } from '../i18n/t';
import type { Language } from '../i18n/languages';
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

const ZOD_LOCALES: Readonly<Record<Exclude<Language, 'en'>, () => { localeError: z.core.$ZodErrorMap }>> = { ar, es, fr, ru, zh: zhCN };

/**
 * What to parse a file with for zod's own words (a field of the wrong type,
 * one missing, a key unknown) to be in the person's language: English is
 * zod's, the others its translations. The app's own words for a field
 * (`must name a line`) are messages of the catalogue and come first.
 */
export function zodLanguage(): { error?: z.core.$ZodErrorMap } {
  const language = currentLanguage();
  return language === 'en' ? {} : { error: ZOD_LOCALES[language]().localeError };
}

/** A problem at a place in a file (`operation 3 (transfer)`, `lines.0.code`), as the app says it: `where: problem`. */
export const problemAt = (where: string, problem: string): string => t('io.file.problem', { where, problem });

/** A schema's message from the catalogue, said in the language chosen when the problem is found. */
export const inCatalogue = (id: Parameters<typeof t>[0], values?: Parameters<typeof t>[1]) => ({ error: () => t(id, values) });

// The same amount rules as everywhere: at most 15 significant digits, which a spreadsheet cell holds exactly.
const decimal = z
  .string(inCatalogue('io.operation.decimal'))
  .regex(/^-?\d{1,20}(\.\d{1,20})?$/, inCatalogue('io.operation.decimal'))
  .transform((text) => new Dec(text))
  .refine((value) => value.isZero() || value.precision(true) <= MAX_DIGITS, inCatalogue('io.operation.tooLarge', { max: String(MAX_DIGITS) }));
const byKey = z.record(z.string().min(1), decimal);

/** The JSON schema of one field, by its kind. */
export function fieldSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case 'line':
      return z.string().min(1, inCatalogue('io.operation.nameLine'));
    case 'finance':
      return z.string().min(1, inCatalogue(field.of === 'parameter' ? 'io.operation.nameParameter' : 'io.operation.nameRevenueLine'));
    case 'lines':
      return z.array(z.string().min(1, inCatalogue('io.operation.nameLine'))).min(1, inCatalogue('io.operation.listLine'));
    case 'text':
      return z.string().max(MAX_TEXT, inCatalogue('io.operation.maxCharacters', { max: String(MAX_TEXT) }));
    case 'year':
    case 'period':
      return z.string().min(1);
    case 'years':
      return z.array(z.string().min(1)).min(1, inCatalogue('io.operation.listYear'));
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
        .record(z.string().min(1, inCatalogue('io.operation.nameLine')), byKey.refine((years) => Object.keys(years).length > 0, inCatalogue('io.operation.giveYear')))
        .refine((rows) => Object.keys(rows).length > 0, inCatalogue('io.operation.giveFigure'));
    case 'parts': {
      const part = { code: z.string().min(1, inCatalogue('io.operation.nameLine')), name: z.string() };
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
  rationale: z.string().max(MAX_RATIONALE, inCatalogue('io.operation.maxCharacters', { max: String(MAX_RATIONALE) })).optional(),
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
    return { problem: t('io.operation.unknown', { where, op: JSON.stringify(op ?? null), known: OPERATION_NAMES.join(', ') }) };
  }
  if ((OPERATION_KEYS as readonly string[]).includes(op)) return { key: op as OperationKey };
  const modes = OPERATION_KEYS.filter((key) => key.startsWith(`${op}:`)).map((key) => key.slice(op.length + 1));
  const mode = raw.mode;
  if (typeof mode !== 'string' || !modes.includes(mode)) return { problem: t('io.operation.mode', { where, op, modes: modes.join(', ') }) };
  return { key: `${op}:${mode}` as OperationKey };
}

/**
 * Reads one entry of a proposal, or lists what is wrong with it, each problem
 * prefixed with `where` (e.g. "operation 3 (transfer)").
 */
export function readEntry(raw: unknown, where: string): { entry: EntryJson } | { problems: string[] } {
  if (!isRecord(raw)) return { problems: [t('io.operation.notObject', { where })] };
  const found = keyOfEntry(raw, where);
  if ('problem' in found) return { problems: [found.problem] };
  const label = t('io.operation.label', { where, op: raw.op as string });
  const { id, rationale, at, enabled, ...operationFields } = raw;
  const meta = entryFields.safeParse({ id, rationale, at, enabled }, zodLanguage());
  const parsed = schemaOf(found.key).safeParse(operationFields, zodLanguage());
  const problems = [...(meta.success ? [] : meta.error.issues), ...(parsed.success ? [] : parsed.error.issues)].map(
    (issue) => problemAt(label, issue.path.length ? problemAt(issue.path.join('.'), issue.message) : issue.message),
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

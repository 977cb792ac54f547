import { z } from 'zod';
import { Dec, canonicalAmount, type Amount } from '../model/amount';
import { OPERATION_NAMES, type Operation } from '../model/operation';

/**
 * Operations as JSON, the shape they have in proposal files and in the
 * browser's store: the operation's own fields (names as in the model), all
 * amounts and percentages as decimal text ("5000", "-1000", "36.07"), never
 * JSON numbers, plus `rationale`, `at` (ISO time) and `enabled`.
 */

const decimal = z
  .string({ error: 'must be a decimal number written as text, like "5000" or "-1000"' })
  .regex(/^-?\d{1,20}(\.\d{1,20})?$/, 'must be a decimal number written as text, like "5000" or "-1000"')
  .transform((text) => new Dec(text));
const code = z.string().min(1, 'must name a line');
const years = z.array(z.string().min(1)).min(1, 'must list at least one year');
const byYear = z.record(z.string().min(1), decimal);

const reductionSchemas = {
  amounts: z.object({ op: z.literal('reduction'), mode: z.literal('amounts'), amounts: byYear }).strict(),
  rates: z.object({ op: z.literal('reduction'), mode: z.literal('rates'), rates: byYear }).strict(),
  progressive: z.object({ op: z.literal('reduction'), mode: z.literal('progressive'), first: decimal, step: decimal }).strict(),
  target: z
    .object({ op: z.literal('reduction'), mode: z.literal('target'), total: decimal, profile: z.enum(['current', 'even', 'subtotal']) })
    .strict(),
};

const schemas = {
  set: z.object({ op: z.literal('set'), line: code, year: z.string().min(1), value: decimal }).strict(),
  transfer: z.object({ op: z.literal('transfer'), from: code, to: code, amount: decimal, years }).strict(),
  scale: z
    .object({ op: z.literal('scale'), line: code, percent: decimal, years, compensate: z.enum(['none', 'pro-rata']) })
    .strict(),
  setShare: z.object({ op: z.literal('setShare'), line: code, share: decimal }).strict(),
  spread: z
    .object({ op: z.literal('spread'), line: code, period: z.string().min(1), value: decimal, method: z.enum(['proportional', 'even']) })
    .strict(),
  lock: z.object({ op: z.literal('lock'), line: code }).strict(),
  unlock: z.object({ op: z.literal('unlock'), line: code }).strict(),
  envelope: z.object({ op: z.literal('envelope'), total: decimal, biennia: z.record(z.string().min(1), decimal).optional() }).strict(),
  merge: z.object({ op: z.literal('merge'), line: code }).strict(),
};

const part = { code, name: z.string() };
const breakdownSchemas = {
  weights: z.object({ op: z.literal('breakdown'), line: code, mode: z.literal('weights'), parts: z.array(z.object({ ...part, weight: decimal }).strict()).min(1).max(200) }).strict(),
  amounts: z.object({ op: z.literal('breakdown'), line: code, mode: z.literal('amounts'), parts: z.array(z.object({ ...part, amounts: byYear }).strict()).min(1).max(200) }).strict(),
};

const entryFields = {
  id: z.string().min(1).max(100).optional(),
  rationale: z.string().max(10_000).optional(),
  at: z.string().max(40).optional(),
  enabled: z.boolean().optional(),
};

export interface EntryJson {
  readonly operation: Operation;
  readonly id?: string;
  readonly rationale: string;
  readonly at: string;
  readonly enabled: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one entry of a proposal, or lists what is wrong with it, each problem
 * prefixed with `where` (e.g. "operation 3 (transfer)").
 */
export function readEntry(raw: unknown, where: string): { entry: EntryJson } | { problems: string[] } {
  if (!isRecord(raw)) return { problems: [`${where}: is not an object with an "op" field`] };
  const op = raw.op;
  if (typeof op !== 'string' || !(OPERATION_NAMES as readonly string[]).includes(op)) {
    return {
      problems: [`${where}: unknown operation ${JSON.stringify(op ?? null)} (known: ${OPERATION_NAMES.join(', ')})`],
    };
  }
  const label = `${where} (${op})`;
  let schema: z.ZodType;
  if (op === 'reduction' || op === 'breakdown') {
    const modes: Record<string, z.ZodType> = op === 'reduction' ? reductionSchemas : breakdownSchemas;
    const mode = raw.mode;
    if (typeof mode !== 'string' || !Object.hasOwn(modes, mode)) {
      return { problems: [`${label}: mode must be one of ${Object.keys(modes).join(', ')}`] };
    }
    schema = modes[mode]!;
  } else {
    schema = schemas[op as keyof typeof schemas];
  }
  const { id, rationale, at, enabled, ...operationFields } = raw;
  const meta = z.object(entryFields).safeParse({ id, rationale, at, enabled });
  const parsed = schema.safeParse(operationFields);
  const problems = [
    ...(meta.success ? [] : meta.error.issues),
    ...(parsed.success ? [] : parsed.error.issues),
  ].map((issue) => `${label}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
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

const text = (value: Amount) => canonicalAmount(value);
const textByKey = (record: Readonly<Record<string, Amount>>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, text(value)]));

/** An operation as JSON: its fields, amounts as decimal text. */
export function operationToJson(op: Operation): Record<string, unknown> {
  switch (op.op) {
    case 'set':
      return { ...op, value: text(op.value) };
    case 'transfer':
      return { ...op, amount: text(op.amount), years: [...op.years] };
    case 'scale':
      return { ...op, percent: text(op.percent), years: [...op.years] };
    case 'setShare':
      return { ...op, share: text(op.share) };
    case 'spread':
      return { ...op, value: text(op.value) };
    case 'lock':
    case 'unlock':
    case 'merge':
      return { ...op };
    case 'breakdown':
      return op.mode === 'weights'
        ? { ...op, parts: op.parts.map((p) => ({ code: p.code, name: p.name, weight: text(p.weight) })) }
        : { ...op, parts: op.parts.map((p) => ({ code: p.code, name: p.name, amounts: textByKey(p.amounts) })) };
    case 'envelope':
      return { op: 'envelope', total: text(op.total), ...(op.biennia ? { biennia: textByKey(op.biennia) } : {}) };
    case 'reduction':
      switch (op.mode) {
        case 'amounts':
          return { ...op, amounts: textByKey(op.amounts) };
        case 'rates':
          return { ...op, rates: textByKey(op.rates) };
        case 'progressive':
          return { ...op, first: text(op.first), step: text(op.step) };
        case 'target':
          return { ...op, total: text(op.total) };
      }
  }
}

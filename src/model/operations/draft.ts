import { decimalText, formatAmount, parseAmount, parsePercent, readsTwoWays, type Amount, type NumberStyle } from '../amount';
import { periodColumns } from '../columns';
import { REDUCTION_ID, walkLines, type Plan } from '../plan';
import { say } from '../say';
import { PERCENT_SCALE, fieldList, isTextValued, labelText, type AmountsPart, type Cells, type Field, type FieldKind, type WeightPart } from './fields';
import { OPERATIONS, OPERATION_KEYS, nameOf, type Operation, type OperationKey } from './registry';
import { financeChoices } from './finance';

/**
 * What a form holds while an operation is being written: each field as the
 * text a person types or the choice they make, by field kind. A draft is made
 * from an operation (to edit it) or from defaults, and read back into an
 * operation, with a {@link FieldError} naming the field that cannot be read.
 */
export interface PartDraft {
  readonly code: string;
  readonly name: string;
  readonly weight: string;
  readonly amounts: Readonly<Record<string, string>>;
}
/** A `cells` field as typed: row → year → text. */
export type CellsDraft = Readonly<Record<string, Readonly<Record<string, string>>>>;
export type DraftValue = string | readonly string[] | Readonly<Record<string, string>> | CellsDraft | readonly PartDraft[];
export type Draft = Readonly<Record<string, DraftValue>>;

/** How numbers are written in the form: the plan's unit and precision, in the person's number style. */
export interface DraftContext {
  readonly plan: Plan;
  readonly style: NumberStyle;
}

/** A field of the form that cannot be read; its message starts with the field's label. */
export class FieldError extends Error {
  override readonly name = 'FieldError';
}

/** A figure as the form shows it, never in a form that reads two ways (`5,123` gets a fourth decimal: `5,1230`). */
function writeNumber(value: Amount, of: 'amount' | 'percent', { plan, style }: DraftContext): string {
  const text = of === 'amount' ? formatAmount(value, style, plan.precision) : decimalText(value, style);
  return readsTwoWays(text) ? decimalText(value, style, 4) : text;
}
const writeEach = (record: Readonly<Record<string, Amount>>, of: 'amount' | 'percent', context: DraftContext) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, writeNumber(value, of, context)]));

function defaultValue(field: Field, { plan }: DraftContext): DraftValue {
  switch (field.kind) {
    case 'line':
      return plan.lines[field.fallback ?? 0]?.code ?? plan.lines[0]?.code ?? '';
    case 'finance':
      return financeChoices(plan, field.of)[0]?.[0] ?? '';
    case 'lines':
      return [];
    case 'text':
      return '';
    case 'year':
      return plan.years[field.fallback ?? 0] ?? plan.years[0] ?? '';
    case 'years':
      return [...plan.years];
    case 'period':
      return periodColumns(plan)[0]!.id;
    case 'choice':
      return field.options[0]![0];
    case 'mode':
      return field.value;
    case 'amount':
    case 'percent':
      return '';
    case 'byYear':
    case 'byPeriod':
    case 'cells':
      return {};
    case 'parts':
      return [];
  }
  return field satisfies never;
}

export function valueDraft(field: Field, value: unknown, context: DraftContext): DraftValue {
  if (isTextValued(field)) return value as string;
  switch (field.kind) {
    case 'amount':
    case 'percent':
      return writeNumber(value as Amount, field.kind, context);
    case 'byYear':
      return writeEach(value as Readonly<Record<string, Amount>>, field.of, context);
    case 'byPeriod':
      return value === undefined ? {} : writeEach(value as Readonly<Record<string, Amount>>, 'amount', context);
    case 'cells':
      return Object.fromEntries(Object.entries(value as Cells).map(([row, years]) => [row, writeEach(years, 'amount', context)]));
    case 'years':
    case 'lines':
      return [...(value as readonly string[])];
    case 'parts':
      return (value as readonly (WeightPart | AmountsPart)[]).map((part) => ({
        code: part.code,
        name: part.name,
        weight: 'weight' in part ? writeNumber(part.weight, 'percent', context) : '',
        amounts: 'amounts' in part ? writeEach(part.amounts, 'amount', context) : {},
      }));
  }
  return field satisfies never;
}

/** The form's values for an operation of kind `key`: those of `op` to edit it, or the defaults for a new one. */
export function draftOf(key: OperationKey, context: DraftContext, op?: Operation): Draft {
  const values = op as unknown as Record<string, unknown> | undefined;
  return Object.fromEntries(
    fieldList(OPERATIONS[key].fields).map(([name, field]) => [
      name,
      values && values[name] !== undefined ? valueDraft(field, values[name], context) : defaultValue(field, context),
    ]),
  );
}

function readNumber(text: string, what: string, of: 'amount' | 'percent' | 'weight', { plan, style }: DraftContext): Amount {
  // A percentage may be written with its sign ("13 %") and with either decimal mark where only a decimal mark can be meant ("13.5").
  const options = { style, scale: of === 'amount' ? plan.precision : PERCENT_SCALE };
  const parsed = of === 'amount' ? parseAmount(text, options) : parsePercent(text, options, of === 'percent' ? ' %' : '');
  if (!parsed.ok) throw new FieldError(say('model.form.unreadable', { what, text, problem: parsed.error.message }));
  return parsed.value;
}

/** The filled-in entries of a per-year or per-biennium field, read; `ids` gives their order. */
function readEach(draft: Readonly<Record<string, string>>, ids: readonly string[], what: string, of: 'amount' | 'percent', context: DraftContext) {
  return Object.fromEntries(
    ids.filter((id) => (draft[id] ?? '').trim() !== '').map((id) => [id, readNumber(draft[id]!, say('model.form.fieldFor', { what, id }), of, context)]),
  );
}

/**
 * The rows of a `cells` field that have figures, in the table's order (lines,
 * then the reduction), blank boxes left out. Rows the plan does not have are
 * kept, after them, for the operation to refuse by name: never dropped unseen.
 */
function readCells(draft: CellsDraft, what: string, context: DraftContext): Cells {
  const known = [...[...walkLines(context.plan.lines)].map(({ line }) => line.code), REDUCTION_ID];
  const rows = [...known.filter((row) => draft[row] !== undefined), ...Object.keys(draft).filter((row) => !known.includes(row))];
  const read = rows.flatMap((row) => {
    const years = readEach(draft[row]!, context.plan.years, say('model.form.fieldOfRow', { what, row }), 'amount', context);
    return Object.keys(years).length === 0 ? [] : [[row, years] as const];
  });
  if (read.length === 0) throw new FieldError(say('model.form.noFigure', { what }));
  return Object.fromEntries(read);
}

function readParts(parts: readonly PartDraft[], of: 'weight' | 'amounts', context: DraftContext): (WeightPart | AmountsPart)[] {
  return parts.map((part, i) => {
    const code = part.code.trim();
    const what = code ? say('model.form.partWithCode', { number: String(i + 1), code }) : say('model.form.part', { number: String(i + 1) });
    const name = part.name.trim() || code;
    return of === 'weight'
      ? { code, name, weight: readNumber(part.weight, say('model.form.partWeight', { part: what }), 'weight', context) }
      : { code, name, amounts: readEach(part.amounts, context.plan.years, say('model.form.partAmount', { part: what }), 'amount', context) };
  });
}

export function readField(field: Field, value: DraftValue | undefined, context: DraftContext): unknown {
  const what = field.kind === 'mode' ? '' : labelText(field.label, context.plan);
  switch (field.kind) {
    case 'amount':
    case 'percent':
      return readNumber(typeof value === 'string' ? value : '', what, field.kind, context);
    case 'byYear': {
      const read = readEach((value ?? {}) as Record<string, string>, context.plan.years, what, field.of, context);
      if (Object.keys(read).length === 0) throw new FieldError(say('model.form.noYear', { what }));
      return read;
    }
    case 'byPeriod': {
      const read = readEach((value ?? {}) as Record<string, string>, context.plan.biennia.map((b) => b.id), what, 'amount', context);
      return Object.keys(read).length === 0 ? undefined : read;
    }
    case 'years': {
      // As the file format requires: at least one year, at least one part.
      const years = context.plan.years.filter((year) => ((value ?? []) as readonly string[]).includes(year));
      if (years.length === 0) throw new FieldError(say('model.form.tickYear', { what }));
      return years;
    }
    case 'lines': {
      // In plan order, whatever order they were ticked in.
      const codes = [...walkLines(context.plan.lines)].map(({ line }) => line.code).filter((code) => ((value ?? []) as readonly string[]).includes(code));
      if (codes.length === 0) throw new FieldError(say('model.form.tickLine', { what }));
      return codes;
    }
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'cells':
      return readCells((value ?? {}) as CellsDraft, what, context);
    case 'parts': {
      const parts = (value ?? []) as readonly PartDraft[];
      if (parts.length === 0) throw new FieldError(say('model.form.addPart', { what }));
      return readParts(parts, field.of, context);
    }
    case 'choice':
      return field.options.some(([option]) => option === value) ? value : field.options[0]![0];
    case 'mode':
      return field.value;
    case 'line':
    case 'finance':
    case 'year':
    case 'period':
      return typeof value === 'string' ? value : defaultValue(field, context);
  }
  return field satisfies never;
}

/** The operation a form's values make, or a {@link FieldError} naming the first field that cannot be read. */
export function operationFromDraft(key: OperationKey, draft: Draft, context: DraftContext): Operation {
  const operation: Record<string, unknown> = { op: nameOf(key) };
  for (const [name, field] of fieldList(OPERATIONS[key].fields)) {
    const value = readField(field, draft[name], context);
    if (value !== undefined) operation[name] = value;
  }
  return operation as unknown as Operation;
}

/**
 * The operations a form offers for a plan: those on a financial plan only
 * where the plan has one; a typed envelope only where it has none (revenue
 * is the envelope then).
 */
export const offeredKeys = (plan: Pick<Plan, 'finance'>): OperationKey[] =>
  OPERATION_KEYS.filter((key) =>
    plan.finance === undefined ? !fieldList(OPERATIONS[key].fields).some(([, field]) => field.kind === 'finance') : key !== 'envelope',
  );

/** Whether an operation of kind `key` can be about the reduction row: a reduction, or one whose line may be the reduction. */
const takesReduction = (key: OperationKey) =>
  nameOf(key) === 'reduction' || fieldList(OPERATIONS[key].fields).some(([, field]) => field.kind === 'line' && field.withReduction === true);

/** The kind of operation a form started from a cell shows: the one chosen, unless it cannot be about the cell's row (the reduction), then `set`. */
export const seededKind = (key: OperationKey, cell: { readonly rowId: string }): OperationKey => (cell.rowId === REDUCTION_ID && !takesReduction(key) ? 'set' : key);

/**
 * A draft started from a cell of the table: its line in the first line field
 * (the reduction only where a field takes it), its year in the first year
 * field and as the only year ticked, its period where the cell is a period's
 * total; a period's cell gives its years too, the first where one year is
 * asked for. What the cell does not give stays as it was, but for a second
 * line field left on the cell's line, which takes another.
 */
export function seededDraft(key: OperationKey, draft: Draft, cell: { readonly rowId: string; readonly columnId: string }, { plan }: DraftContext): Draft {
  const codes = new Set([...walkLines(plan.lines)].map(({ line }) => line.code));
  const period = periodColumns(plan).find((column) => column.id === cell.columnId);
  const years = plan.years.includes(cell.columnId) ? [cell.columnId] : (period?.sums.map((y) => plan.years[y]!) ?? []);
  const seeded: Record<string, DraftValue> = { ...draft };
  const done = new Set<FieldKind>();
  for (const [name, field] of fieldList(OPERATIONS[key].fields)) {
    // A second line field (a transfer's "to") never keeps the line just given to the first: a move needs two lines.
    if (field.kind === 'line' && done.has('line') && seeded[name] === cell.rowId) seeded[name] = [...codes].find((code) => code !== cell.rowId) ?? '';
    if (done.has(field.kind)) continue;
    const isLine = field.kind === 'line' && (codes.has(cell.rowId) || (field.withReduction === true && cell.rowId === REDUCTION_ID));
    if (isLine) seeded[name] = cell.rowId;
    else if (field.kind === 'year' && years.length > 0) seeded[name] = years[0]!;
    else if (field.kind === 'years' && years.length > 0) seeded[name] = years;
    else if (field.kind === 'period' && period !== undefined) seeded[name] = cell.columnId;
    else continue;
    done.add(field.kind);
  }
  return seeded;
}

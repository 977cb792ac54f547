import { z } from 'zod';
import { ZERO, canonicalAmount, parseCanonicalAmount, type Amount } from '../model/amount';
import type { FinancialPlan } from '../model/finance/financialPlan';
import { PUBLISHED_PLAN, isGroup, planProblems, type Plan, type PlanLine } from '../model/plan';
import type { PlanTranslations, PlanWords } from '../model/planWords';
import { t } from '../i18n/t';
import { FinanceFileError, readFinance, writeFinance } from './financeFile';
import { inCatalogue, problemAt, zodLanguage } from './operationJson';

/**
 * A plan as a JSON file (fixtures/plans/*.json). Amounts are strings in plain
 * decimal notation ("57023", "-1000"), never JSON numbers, so no float ever
 * holds one. Yearly amounts are keyed by year for people reading the file.
 */
export const PLAN_FORMAT = 'linkage-calculator/plan';
export const PLAN_VERSION = 1;

const amountText = z.string().regex(/^-?\d+(\.\d+)?$/, inCatalogue('io.plan.decimal'));
const yearlyAmounts = z.record(z.string(), amountText);

interface LineFile {
  code: string;
  name: string;
  amounts?: Record<string, string> | undefined;
  children?: LineFile[] | undefined;
  memo?: true | undefined;
  signed?: true | undefined;
}

const lineFile: z.ZodType<LineFile> = z.lazy(() =>
  z
    .object({
      code: z.string().min(1),
      name: z.string(),
      amounts: yearlyAmounts.optional(),
      children: z.array(lineFile).optional(),
      memo: z.literal(true).optional(),
      signed: z.literal(true).optional(),
    })
    .strict()
    .refine((line) => (line.amounts === undefined) !== (line.children === undefined), inCatalogue('io.plan.lineShape')),
);

/** A plan's words in one other language (model/planWords.ts): all optional, line names by code. */
const planWords = z
  .object({
    title: z.string().optional(),
    source: z.string().optional(),
    note: z.string().optional(),
    eyebrow: z.string().optional(),
    lineHeading: z.string().min(1).optional(),
    subtotalName: z.string().min(1).optional(),
    totalName: z.string().min(1).optional(),
    reductionName: z.string().min(1).optional(),
    baselineName: z.string().min(1).optional(),
    names: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();

/** The words given, without the ones left out (the plan's own stand for those). */
function wordsOf(translations: Readonly<Record<string, z.infer<typeof planWords>>>): PlanTranslations {
  return Object.fromEntries(
    Object.entries(translations).map(([language, words]) => [language, Object.fromEntries(Object.entries(words).filter(([, word]) => word !== undefined)) as PlanWords]),
  );
}

const planFile = z
  .object({
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_VERSION),
    id: z.string().min(1),
    title: z.string(),
    source: z.string(),
    unit: z.string(),
    precision: z.number().int().min(0).max(6),
    envelope: amountText,
    note: z.string().default(''),
    years: z.array(z.string().min(1)).min(1),
    biennia: z.array(z.object({ id: z.string().min(1), years: z.array(z.string()).min(1) }).strict()),
    periodLabel: z.string(),
    lines: z.array(lineFile).min(1),
    reduction: z.object({ name: z.string(), amounts: yearlyAmounts }).strict(),
    baselineName: z.string().min(1).default(PUBLISHED_PLAN.baselineName),
    eyebrow: z.string().default(PUBLISHED_PLAN.eyebrow),
    requiresFunding: z.boolean().default(PUBLISHED_PLAN.requiresFunding),
    lineHeading: z.string().min(1).default(PUBLISHED_PLAN.lineHeading),
    subtotalName: z.string().min(1).default(PUBLISHED_PLAN.subtotalName),
    totalName: z.string().min(1).default(PUBLISHED_PLAN.totalName),
    columnsAre: z.enum(['periods', 'categories']).optional(),
    changes: z
      .array(z.object({ id: z.string().min(1), heading: z.string(), from: z.string().min(1), to: z.string().min(1), percentOf: z.string().min(1).optional() }).strict())
      .optional(),
    showsReduction: z.boolean().optional(),
    finance: z.unknown().optional(),
    translations: z.record(z.string().regex(/^[a-z]{2,3}$/), planWords).optional(),
  })
  .strict();

export type PlanFile = z.infer<typeof planFile>;

export class PlanFileError extends Error {
  override readonly name = 'PlanFileError';
  constructor(readonly problems: readonly string[]) {
    super(t('io.plan.cannotRead', { problems: problems.join('; ') }));
  }
}

/** Reads a plan file's parsed JSON into a checked plan, or throws a {@link PlanFileError} listing every problem. */
export function readPlan(json: unknown): Plan {
  const parsed = planFile.safeParse(json, zodLanguage());
  if (!parsed.success) {
    throw new PlanFileError(parsed.error.issues.map((issue) => problemAt(issue.path.length ? issue.path.join('.') : t('io.file.whole'), issue.message)));
  }
  const file = parsed.data;
  const problems: string[] = [];

  const amount = (text: string, where: string): Amount => {
    const result = parseCanonicalAmount(text, file.precision);
    if (result.ok) return result.value;
    problems.push(problemAt(where, `"${text}" ${result.error.message}`));
    return ZERO; // a placeholder: the problem is recorded and the plan refused below
  };
  const yearly = (amounts: Record<string, string>, where: string): Amount[] => {
    for (const year of Object.keys(amounts)) {
      if (!file.years.includes(year)) problems.push(t('io.plan.notPlanYear', { where, year }));
    }
    return file.years.map((year) => {
      const text = amounts[year];
      if (text === undefined) {
        problems.push(t('io.plan.noAmount', { where, year }));
        return ZERO;
      }
      return amount(text, `${where} ${year}`);
    });
  };
  const line = (entry: LineFile): PlanLine =>
    entry.children !== undefined
      ? { code: entry.code, name: entry.name, children: entry.children.map(line) }
      : { code: entry.code, name: entry.name, amounts: yearly(entry.amounts ?? {}, t('io.file.line', { code: entry.code })), ...(entry.memo ? { memo: true } : {}), ...(entry.signed ? { signed: true } : {}) };

  const plan: Plan = {
    id: file.id,
    title: file.title,
    source: file.source,
    unit: file.unit,
    precision: file.precision,
    envelope: amount(file.envelope, 'envelope'),
    note: file.note,
    years: file.years,
    biennia: file.biennia,
    periodLabel: file.periodLabel,
    lines: file.lines.map(line),
    reduction: { name: file.reduction.name, amounts: yearly(file.reduction.amounts, 'reduction') },
    baselineName: file.baselineName,
    eyebrow: file.eyebrow,
    requiresFunding: file.requiresFunding,
    lineHeading: file.lineHeading,
    subtotalName: file.subtotalName,
    totalName: file.totalName,
    ...(file.columnsAre === undefined ? {} : { columnsAre: file.columnsAre }),
    ...(file.changes === undefined ? {} : { changes: file.changes.map(({ percentOf, ...change }) => ({ ...change, ...(percentOf === undefined ? {} : { percentOf }) })) }),
    ...(file.showsReduction === undefined ? {} : { showsReduction: file.showsReduction }),
    ...financeOf(file.finance, file.years, problems),
    ...(file.translations === undefined ? {} : { translations: wordsOf(file.translations) }),
  };
  problems.push(...planProblems(plan));
  if (problems.length > 0) throw new PlanFileError(problems);
  return plan;
}

/** A plan file's financial plan (a financial-plan file of its own, embedded), its problems added to the plan's. */
function financeOf(json: unknown, years: readonly string[], problems: string[]): { finance?: FinancialPlan } {
  if (json === undefined) return {};
  try {
    return { finance: readFinance(json, years) };
  } catch (error) {
    if (!(error instanceof FinanceFileError)) throw error;
    problems.push(...error.problems.map((problem) => `finance: ${problem}`));
    return {};
  }
}

/** A plan as a plan file: the inverse of {@link readPlan}. */
export function writePlan(plan: Plan): PlanFile {
  const yearly = (amounts: readonly Amount[]) =>
    Object.fromEntries(plan.years.map((year, i) => [year, canonicalAmount(amounts[i]!)]));
  const line = (entry: PlanLine): LineFile =>
    isGroup(entry)
      ? { code: entry.code, name: entry.name, children: entry.children.map(line) }
      : { code: entry.code, name: entry.name, amounts: yearly(entry.amounts), ...(entry.memo === true ? { memo: true as const } : {}), ...(entry.signed === true ? { signed: true as const } : {}) };
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    id: plan.id,
    title: plan.title,
    source: plan.source,
    unit: plan.unit,
    precision: plan.precision,
    envelope: canonicalAmount(plan.envelope),
    note: plan.note,
    years: [...plan.years],
    biennia: plan.biennia.map((b) => ({ id: b.id, years: [...b.years] })),
    periodLabel: plan.periodLabel,
    lines: plan.lines.map(line),
    reduction: { name: plan.reduction.name, amounts: yearly(plan.reduction.amounts) },
    baselineName: plan.baselineName,
    eyebrow: plan.eyebrow,
    requiresFunding: plan.requiresFunding,
    lineHeading: plan.lineHeading,
    subtotalName: plan.subtotalName,
    totalName: plan.totalName,
    ...(plan.columnsAre === undefined ? {} : { columnsAre: plan.columnsAre }),
    ...(plan.changes === undefined ? {} : { changes: plan.changes.map((change) => ({ ...change })) }),
    ...(plan.showsReduction === undefined ? {} : { showsReduction: plan.showsReduction }),
    ...(plan.finance === undefined ? {} : { finance: writeFinance(plan.finance, plan.years) }),
    ...(plan.translations === undefined ? {} : { translations: plan.translations }),
  };
}

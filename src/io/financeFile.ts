import { z } from 'zod';
import { Dec, canonicalAmount, type Amount } from '../model/amount';
import { financeProblems, isProduct, REVENUE_SECTIONS, type FinancialPlan, type RevenueLine } from '../model/finance/financialPlan';
import { t } from '../i18n/t';
import { inCatalogue, problemAt, zodLanguage } from './operationJson';

/**
 * A financial plan as a JSON file (fixtures/plans/financial-plan-*.json):
 * its parameters and revenue lines, each figure a decimal string keyed by
 * year, and whether it is a public fact or illustrative.
 */
export const FINANCE_FORMAT = 'linkage-calculator/financial-plan';
export const FINANCE_VERSION = 1;

const decimalText = z.string().regex(/^\d+(\.\d+)?$/, inCatalogue('io.finance.decimal'));
const yearly = z.record(z.string(), decimalText);

const financeFile = z
  .object({
    format: z.literal(FINANCE_FORMAT),
    version: z.literal(FINANCE_VERSION),
    title: z.string(),
    note: z.string(),
    years: z.array(z.string().min(1)).min(1),
    unitValue: z.string().min(1).optional(),
    drawdown: z.string().min(1).optional(),
    expenditureName: z.string().min(1).optional(),
    parameters: z.array(z.object({ id: z.string().min(1), name: z.string(), unit: z.string(), values: yearly, public: z.boolean().optional() }).strict()),
    lines: z.array(
      z
        .object({
          code: z.string().min(1),
          name: z.string(),
          section: z.enum(REVENUE_SECTIONS),
          amounts: yearly.optional(),
          factors: z.array(z.string()).optional(),
          scale: decimalText.optional(),
          public: z.boolean().optional(),
        })
        .strict()
        .refine((line) => (line.amounts === undefined) !== (line.factors === undefined), inCatalogue('io.finance.lineShape')),
    ),
  })
  .strict();

export type FinanceFile = z.infer<typeof financeFile>;

export class FinanceFileError extends Error {
  override readonly name = 'FinanceFileError';
  constructor(readonly problems: readonly string[]) {
    super(t('io.finance.cannotRead', { problems: problems.join('; ') }));
  }
}

/** The financial plan a file holds, for a plan of `years`; every problem named, or a FinanceFileError. */
export function readFinance(json: unknown, years: readonly string[]): FinancialPlan {
  const parsed = financeFile.safeParse(json, zodLanguage());
  if (!parsed.success) throw new FinanceFileError(parsed.error.issues.map((issue) => problemAt(issue.path.length ? issue.path.join('.') : t('io.file.whole'), issue.message)));
  const file = parsed.data;
  const problems: string[] = [];
  if (file.years.join() !== years.join()) problems.push(t('io.finance.otherYears', { years: file.years.join(', '), planYears: years.join(', ') }));
  const values = (byYear: Record<string, string>, where: string): Amount[] =>
    years.map((year) => {
      const text = byYear[year];
      if (text === undefined) problems.push(t('io.finance.noValue', { where, year }));
      return new Dec(text ?? '0');
    });
  const finance: FinancialPlan = {
    title: file.title,
    note: file.note,
    ...(file.unitValue === undefined ? {} : { unitValue: file.unitValue }),
    ...(file.drawdown === undefined ? {} : { drawdown: file.drawdown }),
    ...(file.expenditureName === undefined ? {} : { expenditureName: file.expenditureName }),
    parameters: file.parameters.map((p) => ({ id: p.id, name: p.name, unit: p.unit, values: values(p.values, t('io.file.parameter', { id: p.id })), ...(p.public ? { isPublic: true } : {}) })),
    lines: file.lines.map((l): RevenueLine => {
      const base = { code: l.code, name: l.name, section: l.section, ...(l.public ? { isPublic: true } : {}) };
      return l.factors === undefined ? { ...base, amounts: values(l.amounts!, t('io.file.line', { code: l.code })) } : { ...base, factors: l.factors, scale: new Dec(l.scale ?? '1') };
    }),
  };
  problems.push(...financeProblems(finance, years.length));
  if (problems.length > 0) throw new FinanceFileError(problems);
  return finance;
}

/** A financial plan as a file: the inverse of {@link readFinance}. */
export function writeFinance(finance: FinancialPlan, years: readonly string[]): FinanceFile {
  const byYear = (list: readonly Amount[]) => Object.fromEntries(years.map((year, y) => [year, canonicalAmount(list[y]!)]));
  return {
    format: FINANCE_FORMAT,
    version: FINANCE_VERSION,
    title: finance.title,
    note: finance.note,
    years: [...years],
    ...(finance.unitValue === undefined ? {} : { unitValue: finance.unitValue }),
    ...(finance.drawdown === undefined ? {} : { drawdown: finance.drawdown }),
    ...(finance.expenditureName === undefined ? {} : { expenditureName: finance.expenditureName }),
    parameters: finance.parameters.map((p) => ({ id: p.id, name: p.name, unit: p.unit, values: byYear(p.values), ...(p.isPublic ? { public: true } : {}) })),
    lines: finance.lines.map((l) => ({
      code: l.code,
      name: l.name,
      section: l.section,
      ...(isProduct(l) ? { factors: [...l.factors], scale: canonicalAmount(l.scale) } : { amounts: byYear(l.amounts) }),
      ...(l.isPublic ? { public: true } : {}),
    })),
  };
}

import { t } from '../../i18n/t';
import { ZERO, type Amount } from '../../model/amount';
import { isAmountColumn } from '../../model/columns';
import type { FinanceRow } from '../../model/finance/financeTable';
import { revenueYears } from '../../model/finance/financeTable';
import { isProduct, REVENUE_SECTIONS, type FinanceParameter, type FinancialPlan, type RevenueLine, type RevenueSection } from '../../model/finance/financialPlan';
import { isGroup, isMemo, walkLines, type LeafLine, type Plan, type PlanLine } from '../../model/plan';
import type { Table } from '../../model/table';
import type { Mismatch } from './checkDerived';
import type { TextRows } from './findHeader';
import type { ColumnMap } from './mapColumns';
import { cellProblem, placeText, type ColumnName, type ImportProblem } from './problems';
import { listed, listedBySemicolons } from './messages';
import { readNumber } from './readNumber';

/** A section by its letter ("A.", "C") or, failing one, by what it names: the Union's financial plans group revenue so. */
const SECTION_WORDS: readonly [RevenueSection, RegExp][] = [
  ['E', /reserve|draw-?down|prélèvement/i],
  // Given, not assessed: other revenue, whatever else they say.
  ['D', /voluntary|in[ -]kind|extrabudgetary|trust fund|volontaires|en nature/i],
  ['C', /\binterest|intérêts|investment income/i],
  // Before cost recovery: "Contributions mises en recouvrement" is assessed.
  ['A', /assessed|contributory|member states|sector members|associates|academia|membership|mises en recouvrement|états membres|membres de secteur/i],
  ['B', /cost recovery|recovery|recouvrement|publication|filing|satellite|project support|support costs|events|sales|fees/i],
];

/** A section's letter opening a name: "A. Assessed…", "C) Interest", "A Assessed…" (a code before its name), not "A share of…". */
const letterOf = (line: Pick<PlanLine, 'code' | 'name'>): RevenueSection | null =>
  ((/^([A-E])(?:[.):]|\s+(?=\p{Lu})|$)/u.exec(line.name.trim()) ?? /^([A-E])\.?$/.exec(line.code.trim()))?.[1] as RevenueSection | undefined) ?? null;
/** The section a name says by its words, or null. */
const sectionByWords = (name: string): RevenueSection | null => SECTION_WORDS.find(([, words]) => words.test(name))?.[0] ?? null;
const wordsOf = (line: Pick<PlanLine, 'name'>): RevenueSection | null => sectionByWords(line.name);
const sectionOf = (line: Pick<PlanLine, 'code' | 'name'>): RevenueSection | null => letterOf(line) ?? wordsOf(line);

const leaves = (lines: readonly PlanLine[]) => [...walkLines(lines)].map(({ line }) => line).filter((line): line is LeafLine => !isGroup(line) && !isMemo(line));

/** A revenue table's lines by section: a heading's lines are in its section, a line outside any in the one its name says (other revenue when it says none). */
function sectioned(lines: readonly PlanLine[]): { line: LeafLine; section: RevenueSection }[] {
  // A single heading over everything ("REVENUE") says nothing of sections.
  const top = lines.length === 1 && isGroup(lines[0]!) && sectionOf(lines[0]) === null ? lines[0].children : lines;
  return top.flatMap((entry) => {
    const section = sectionOf(entry);
    // An "of which" line is part of the line above it: shown in a table, never revenue of its own.
    if (!isGroup(entry) && isMemo(entry)) return [];
    if (!isGroup(entry)) return [{ line: entry, section: section ?? 'D' }];
    // A line lettered for a section of its own ("C. Interest" under cost recovery's lines) is in that one.
    return leaves(entry.children).map((line) => ({ line, section: letterOf(line) ?? section ?? wordsOf(line) ?? 'D' }));
  });
}

/** A line's name without the section letter it may open with ("C. Interest") nor a footnote mark ("Other revenue*", "…¹"). */
const cleanName = (name: string): string => name.replace(/^[A-E][.)]\s+/, '').replace(/\s*(\*+|[¹²³⁴⁵⁶⁷⁸⁹]+|\b[a-z]\/)$/u, '').trim() || name;

/** Parameters as the app writes them: "Contributory unit value (CHF, public)". */
const NAMED = /^(.*\S)\s+\(([^,()]+?)(?:,\s*(public|illustrative))?\)$/;

/** The parameters in `rows` (code, name with its unit, a value a year), or the problems naming each bad cell. */
export function readParameters(rows: TextRows, at: readonly number[], columns: ColumnMap, years: readonly string[], decimal: ',' | '.', columnName: ColumnName): { parameters: FinanceParameter[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const labelled = (cells: readonly string[]) => cells.slice(0, Math.min(...columns.years.map((c) => c.index))).map((c) => c.trim()).filter((c) => c !== '' && c.toLowerCase() !== 'parameter');
  const parameters = at.map((i): FinanceParameter => {
    const cells = rows[i]!;
    const [id = `P${i + 1}`, label = id] = labelled(cells);
    const named = NAMED.exec(label);
    const values = years.map((year): Amount => {
      const column = columns.years.find((c) => c.year === year);
      const place = { row: i + 1, column: columnName(column?.index ?? 0), label: year };
      const read = column === undefined ? null : readNumber(cells[column.index] ?? '', decimal);
      if (read === null || read.value === null) {
        problems.push(cellProblem(place, read?.error ?? t('import.finance.parameterNoValue', { parameter: id, year })));
        return ZERO;
      }
      return read.value;
    });
    return { id, name: named?.[1] ?? label, unit: named?.[2] ?? '', values, ...(named?.[3] === 'public' ? { isPublic: true } : {}) };
  });
  return { parameters, problems };
}

/** What the revenue lines make: the financial plan, what was said of its reading, and the product lines whose figures the file also writes (to check). */
export interface RevenueRead {
  readonly finance: FinancialPlan;
  readonly notes: readonly string[];
  readonly products: readonly string[];
}

/**
 * The revenue table's lines as a financial plan: each an amount a year, in
 * its section. A line the current financial plan computes as a product
 * (units × unit value) stays one where the file gives its parameters (the
 * app's own export: the parameters are the inputs, the line's figures are
 * checked against them) or where the file's figures are that product;
 * otherwise it is read as the amounts the file gives, and said. Parameters
 * no line uses are left out, and said.
 */
export function revenueLines(revenue: Plan, fileParameters: readonly FinanceParameter[], current: FinancialPlan | undefined, source: string): RevenueRead {
  const notes: string[] = [];
  const fromFile = new Set(fileParameters.map((p) => p.id));
  const byId = new Map([...(current?.parameters ?? []), ...fileParameters].map((p) => [p.id, p]));
  const used = new Set<string>();
  const products: string[] = [];
  const lines = sectioned(revenue.lines).map(({ line, section }): RevenueLine => {
    const product = current?.lines.find((l) => isProduct(l) && (l.code === line.code || l.name === line.name));
    if (product !== undefined && isProduct(product) && product.factors.every((id) => byId.has(id))) {
      const isGiven = product.factors.every((id) => fromFile.has(id));
      const computed = revenueYears(product, byId, line.amounts.length);
      if (isGiven || computed.every((value, y) => value.eq(line.amounts[y]!))) {
        product.factors.forEach((id) => used.add(id));
        if (isGiven) products.push(line.code);
        return { ...product, code: line.code, name: cleanName(line.name), section };
      }
      notes.push(t('import.finance.notProduct', { line: line.name, product: product.factors.map((id) => byId.get(id)!.name).join(' × ') }));
    }
    return { code: line.code, name: cleanName(line.name), section, amounts: line.amounts };
  });
  const memos = [...walkLines(revenue.lines)].filter(({ line }) => isMemo(line)).map(({ line }) => line.name);
  if (memos.length > 0) notes.push(t('import.finance.memos', { lines: listed(memos) }));
  const parameters = [...byId.values()].filter((p) => used.has(p.id));
  const unused = fileParameters.filter((p) => !used.has(p.id));
  if (unused.length > 0) notes.push(t('import.finance.unusedParameters', { parameters: listed(unused.map((p) => p.name)) }));
  const ids = new Set(parameters.map((p) => p.id));
  const unitValue = current?.unitValue !== undefined && ids.has(current.unitValue) ? current.unitValue : parameters.find((p) => /unit value/i.test(p.name))?.id;
  const drawdown = lines.find((line) => line.section === 'E' && !isProduct(line))?.code;
  const sections = REVENUE_SECTIONS.filter((s) => lines.some((line) => line.section === s));
  const bySection = sections.map((s) => t('import.finance.section', { section: s, lines: listed(lines.filter((line) => line.section === s).map((line) => line.name)) }));
  notes.push(t('import.finance.sections', { sections: listedBySemicolons(bySection) }));
  return {
    finance: {
      title: revenue.title || t('import.finance.title', { source }),
      note: t('import.finance.note', { source }),
      parameters,
      lines,
      ...(unitValue === undefined ? {} : { unitValue }),
      ...(drawdown === undefined ? {} : { drawdown }),
    },
    notes,
    products,
  };
}

/** A row of the file that the financial plan computes (expenditure, balance): each of its figures against the computed one. */
export function checkFinanceRow(cells: readonly string[], index: number, row: FinanceRow, table: Table, columns: ColumnMap, decimal: ',' | '.', columnName: ColumnName): Mismatch[] {
  return columns.figures.flatMap(({ index: at, columnId }) => {
    const column = table.layout.columnById.get(columnId);
    if (column === undefined || !isAmountColumn(column)) return [];
    const read = readNumber(cells[at] ?? '', decimal);
    const computed = column.amountOf(row);
    const readings = read.readings ? [read.readings.thousands, read.readings.decimal] : read.value === null ? [] : [read.value];
    if (readings.length === 0 || readings.some((value) => value.eq(computed))) return [];
    return [{ row: index + 1, where: placeText({ row: index + 1, column: columnName(at), label: columnId }), rowId: row.id, name: row.name, columnId, inFile: cells[at]!, computed, isShare: false }];
  });
}

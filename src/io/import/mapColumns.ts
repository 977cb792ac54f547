import { t } from '../../i18n/t';
import { headingColumn, type HeadingColumn } from '../../model/columns';
import { SHARE_COLUMN, TOTAL_COLUMN } from '../../model/plan';
import { categoryOf, changeOf, periodSpan, versionOf } from './periodHeading';
import { listed } from './messages';
import { cellProblem, checked, fileProblem, rowProblem, type Checked, type ColumnName, type ImportProblem } from './problems';

export const MAX_YEARS = 60;

/** How the headings step marks a column of sections (readHeadings.ts): no heading a file would write. */
export const SECTION_COLUMN = '§section';

/** The columns that say what a row is, rather than hold its figures. */
export type LabelRole = 'code' | 'name' | 'kind' | 'parent' | 'section';

const LABELS = new Map<string, LabelRole>([
  ['code', 'code'],
  ['name', 'name'],
  ['line', 'name'],
  ['thematic priority', 'name'],
  ['kind', 'kind'],
  ['parent', 'parent'],
  // A column naming each line's section ("Programmes", "Support"): its runs are the table's groups (sections.ts).
  [SECTION_COLUMN, 'section'],
]);

type Heading =
  | { readonly kind: LabelRole }
  | HeadingColumn
  | { readonly kind: 'category'; readonly label: string }
  | { readonly kind: 'change'; readonly heading: string; readonly isPercent: boolean };

/** A heading: a row label, or one of the table's columns (see model/columns.ts), or null when it is neither. */
function heading(text: string): Heading | null {
  const category = categoryOf(text);
  if (category !== null) return { kind: 'category', label: category };
  const change = changeOf(text);
  if (change !== null) return { kind: 'change', ...change };
  const lower = text.replace(/^\uFEFF/, '').trim().toLowerCase();
  const label = LABELS.get(lower);
  return label === undefined ? headingColumn(lower) : { kind: label };
}

export interface YearColumn {
  readonly index: number;
  readonly year: string;
}

/** A column headed by a range of years: a biennium, checked when it is one of the plan's. */
export interface RangeColumn {
  readonly index: number;
  readonly id: string;
  readonly first: string;
  readonly last: string;
}

export interface ColumnMap {
  readonly code: number;
  readonly name: number | undefined;
  readonly kind: number | undefined;
  readonly parent: number | undefined;
  /** A column naming each line's section, whose runs group the lines, where the table has one. */
  readonly section?: number;
  /** The inputs, in the file's order: years or periods (increasing), or categories. */
  readonly years: readonly YearColumn[];
  /** What the inputs are: periods, or categories such as Sectors. */
  readonly columnsAre: 'periods' | 'categories';
  readonly ranges: readonly RangeColumn[];
  /** Every column of figures with the table column it names: years, ranges, total, share, in the order they are checked. */
  readonly figures: readonly FigureColumn[];
  /** Where the file holds several versions of its figures: the one read as the plan's, by name, and the others. */
  readonly version?: string;
  readonly versions: readonly VersionColumns[];
  readonly changes: readonly ChangeColumn[];
  /** Columns headed as counts of people ("Posts" over 2024 and 2025 beside the money): not read, by the words heading them. */
  readonly counts?: readonly string[];
}

/** Words heading counts of people, not money ("Posts", "Staff", "FTE"): columns of them beside a budget's are no version of its figures. */
const PEOPLE = /^(posts?|staff(ing)?|fte|positions?|headcount|number of|postes?|effectifs?|puestos?|plazas?|должност|штат|员额|职位|الوظائف|عدد)/i;

/** A column of changes between two columns of figures: an amount ("Variance", "rg_change") or a percentage ("Variance %"). */
export interface ChangeColumn {
  readonly index: number;
  readonly heading: string;
  readonly isPercent: boolean;
}

export interface FigureColumn {
  readonly index: number;
  readonly columnId: string;
}

/** Another version of the figures ("Zero real growth"): its columns, each naming the plan's column it is another version of. */
export interface VersionColumns {
  readonly name: string;
  /** Aligned with the plan's years. */
  readonly years: readonly YearColumn[];
  readonly figures: readonly FigureColumn[];
}

interface Found {
  readonly text: string;
  readonly index: number;
  readonly heading: Heading | null;
}

const ROLES = ['code', 'name', 'kind', 'parent', 'section', 'total', 'share'] as const;

function headingProblems(found: readonly Found[], row: number, columnName: ColumnName): ImportProblem[] {
  const problems = found
    .filter(({ text, heading: h }) => h === null && text !== '')
    .map(({ text, index }) =>
      cellProblem({ row, column: columnName(index) }, t('import.headings.unknown', { heading: text })),
    );
  for (const role of ROLES) {
    const count = found.filter(({ heading: h }) => h?.kind === role).length;
    if (count > 1) problems.push(fileProblem(t('import.headings.repeated', { heading: role, count })));
  }
  // A published table names its lines without codes: they are derived from the names (see readLines.ts).
  if (!found.some(({ heading: h }) => h?.kind === 'code' || h?.kind === 'name')) problems.push(rowProblem(row, t('import.headings.noCode')));
  return problems;
}


/** A period another period lies inside is the sum of what it holds; the rest are the inputs. */
const holds = (outer: string, inner: string) => {
  const [o, i] = [periodSpan(outer), periodSpan(inner)];
  return outer !== inner && o.first <= i.first && i.last <= o.last;
};

function categoryProblems(categories: readonly string[]): ImportProblem[] {
  const seen = new Set(categories.map((c) => c.toLowerCase()));
  if (categories.length > MAX_YEARS) return [fileProblem(t('import.headings.tooManyCategories', { limit: String(MAX_YEARS) }))];
  return seen.size === categories.length ? [] : [fileProblem(t('import.headings.categoryTwice', { categories: listed(categories) }))];
}

function yearProblems(years: readonly string[], row: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (years.length === 0) problems.push(rowProblem(row, t('import.headings.noYear')));
  if (years.length > MAX_YEARS) problems.push(fileProblem(t('import.headings.tooManyYears', { limit: String(MAX_YEARS) })));
  if (new Set(years).size !== years.length) problems.push(fileProblem(t('import.headings.yearTwice', { years: listed(years) })));
  else if (years.some((year, k) => k > 0 && periodSpan(year).first <= periodSpan(years[k - 1]!).last)) {
    const overlap = years.some((year, k) => k > 0 && periodSpan(year).first <= periodSpan(years[k - 1]!).last && periodSpan(year).last > periodSpan(years[k - 1]!).last);
    problems.push(fileProblem(overlap ? t('import.headings.overlap', { years: listed(years) }) : t('import.headings.outOfOrder', { years: listed(years) })));
  }
  return problems;
}

/**
 * Column mapping: what each heading of the heading row (row `row`, from 1)
 * names. A range from the first year to the last is the period total (the
 * document's "2028-2031") when no column is headed "total".
 */
export function mapColumns(cells: readonly string[], row: number, columnName: ColumnName, preferred?: string): Checked<ColumnMap> {
  const people = new Set(cells.flatMap((text) => { const v = versionOf(text); return v !== null && PEOPLE.test(v.version.trim()) ? [v.version] : []; }));
  const split = splitVersions(cells.map((text) => (people.has(versionOf(text)?.version ?? '\u0000') ? '' : text)), preferred);
  const counted = (map: Checked<ColumnMap>): Checked<ColumnMap> => (map.ok && people.size > 0 ? checked({ ...map.value, counts: [...people] }, []) : map);
  const mapped = counted(mapOneVersion(split.main, row, columnName));
  if (!mapped.ok || split.others.size === 0) return mapped;
  // Periods headed with no version are every version's: their columns are shared.
  const shared = new Set(cells.flatMap((text, index) => (versionOf(text) === null && mapped.value.years.some((y) => y.index === index) ? [index] : [])));
  const versions = otherVersions(mapped.value, split.others, columnName, shared);
  return versions.ok ? counted(checked({ ...mapped.value, version: split.name, versions: versions.value }, [])) : versions;
}

/** The version the person chose, else the one with the most periods, is the plan's ("Real growth"); the others' columns are set aside, by version. */
function splitVersions(cells: readonly string[], preferred: string | undefined): { main: string[]; name: string; others: Map<string, { index: number; period: string }[]> } {
  const byVersion = new Map<string, { index: number; period: string }[]>();
  cells.forEach((text, index) => {
    const v = versionOf(text);
    if (v !== null) byVersion.set(v.version, [...(byVersion.get(v.version) ?? []), { index, period: v.period }]);
  });
  const most = [...byVersion.entries()].reduce<[string, unknown[]] | null>((best, entry) => (best === null || entry[1].length > best[1].length ? entry : best), null)?.[0] ?? '';
  const name = preferred !== undefined && byVersion.has(preferred) ? preferred : most;
  const others = new Map([...byVersion].filter(([version]) => version !== name));
  const main = cells.map((text) => {
    const v = versionOf(text);
    return v === null ? text : v.version === name ? v.period : '';
  });
  return { main, name, others };
}

/** Each other version's columns, as the plan's columns they are versions of: every input period, and sums of them. */
function otherVersions(map: ColumnMap, others: ReadonlyMap<string, readonly { index: number; period: string }[]>, columnName: ColumnName, shared: ReadonlySet<number>): Checked<VersionColumns[]> {
  const problems: ImportProblem[] = [];
  const versions = [...others].map(([name, own]): VersionColumns => {
    const label = name === '' ? t('import.version.unnamed') : t('import.quoted', { name });
    // Its own columns, and the shared periods' columns where it has none of its own.
    const columns = [...own, ...map.years.filter((y) => shared.has(y.index) && !own.some((c) => c.period === y.year)).map((y) => ({ index: y.index, period: y.year }))];
    const years = map.years.flatMap(({ year }) => columns.filter((c) => c.period === year).map(({ index }) => ({ index, year })));
    const missing = map.years.filter(({ year }) => !columns.some((c) => c.period === year)).map(({ year }) => year);
    if (missing.length > 0) problems.push(fileProblem(t('import.version.missingPeriods', { version: label, periods: listed(missing) })));
    // A version's sums: the plan's biennia, and its whole period, which is its Total.
    const whole = map.years.length > 1 ? `${periodSpan(map.years[0]!.year).first}-${periodSpan(map.years.at(-1)!.year).last}` : '';
    const sums = new Map<string, string>([...map.ranges.map((r) => [r.id, r.id] as const), [whole, TOTAL_COLUMN]]);
    const figures = columns.flatMap(({ index, period }) => {
      const columnId = map.years.some((y) => y.year === period) ? period : sums.get(period);
      if (columnId === undefined) problems.push(fileProblem(t('import.version.notPeriod', { column: columnName(index), period, version: label })));
      return columnId === undefined ? [] : [{ index, columnId }];
    });
    return { name, years, figures };
  });
  return checked(versions, problems);
}

function mapOneVersion(cells: readonly string[], row: number, columnName: ColumnName): Checked<ColumnMap> {
  const found: Found[] = cells.map((text, index) => ({ text: text.trim(), index, heading: heading(text) }));
  const first = (kind: Heading['kind']) => found.find(({ heading: h }) => h?.kind === kind)?.index;
  const periods = found.flatMap(({ index, heading: h }) => (h?.kind === 'year' ? [{ index, id: h.year }] : h?.kind === 'range' ? [{ index, id: h.id }] : []));
  // The inputs are the periods with no other period inside them: the years, or biennia and longer periods when a table has no years.
  const categories = found.flatMap(({ index, heading: h }) => (h?.kind === 'category' ? [{ index, year: h.label }] : []));
  // A table's columns are periods or categories (Sectors, objectives): with no period, its categories are the inputs.
  const columnsAre = periods.length === 0 && categories.length > 0 ? 'categories' : 'periods';
  const innermost = periods.filter((p) => !periods.some((q) => holds(p.id, q.id))).map(({ index, id }) => ({ index, year: id }));
  // A statement published latest year first (2025, 2024) is read in the plan's order, earliest first; a jumble is refused below.
  const isLatestFirst = innermost.length > 1 && innermost.every((p, k) => k === 0 || periodSpan(p.year).last < periodSpan(innermost[k - 1]!.year).first);
  const years = columnsAre === 'categories' ? categories : isLatestFirst ? innermost.map((_, k) => innermost[innermost.length - 1 - k]!) : innermost;
  const problems = [...headingProblems(found, row, columnName), ...(columnsAre === 'categories' ? categoryProblems(years.map((y) => y.year)) : yearProblems(years.map((y) => y.year), row))];
  if (columnsAre === 'periods' && categories.length > 0) {
    problems.push(fileProblem(t('import.headings.categoriesBesidePeriods', { count: categories.length, columns: listed(categories.map((c) => columnName(c.index))) })));
  }
  const inputs = new Set(years.map((y) => y.index));
  const allRanges = found.flatMap(({ index, heading: h }) => (h?.kind === 'range' && !inputs.has(index) ? [{ index, id: h.id, first: h.first, last: h.last }] : []));
  const whole = years.length > 0 && columnsAre === 'periods' ? `${periodSpan(years[0]!.year).first}-${periodSpan(years.at(-1)!.year).last}` : '';
  const isWholePeriod = (r: RangeColumn) => r.id === whole && years.length >= 2;
  const period = first('total') === undefined ? allRanges.find(isWholePeriod) : undefined;
  const total = first('total') ?? period?.index;
  const share = first('share');
  const section = first('section');
  const ranges = allRanges.filter((r) => r !== period);
  return checked(
    {
      code: first('code') ?? -1, // -1: no code column, the names give the codes
      name: first('name'),
      kind: first('kind'),
      parent: first('parent'),
      ...(section === undefined ? {} : { section }),
      years,
      columnsAre,
      versions: [],
      changes: found.flatMap(({ index, heading: h }) => (h?.kind === 'change' ? [{ index, heading: h.heading, isPercent: h.isPercent }] : [])),
      ranges,
      figures: [
        ...years.map(({ index, year }) => ({ index, columnId: year })),
        ...ranges.map(({ index, id }) => ({ index, columnId: id })),
        ...(total === undefined ? [] : [{ index: total, columnId: TOTAL_COLUMN }]),
        ...(share === undefined ? [] : [{ index: share, columnId: SHARE_COLUMN }]),
      ],
    },
    problems,
  );
}

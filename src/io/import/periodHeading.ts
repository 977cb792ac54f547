/**
 * A column heading as published tables write a period: `2014`, `y2014`,
 * `FY 2014`, `Budget 2014`, `2008-09`, `2008/2009`, `Budget 2010-2011`,
 * `Forecast 2012-2015`, `Total 2014-2020`; read as the canonical heading the
 * rest of the import knows (`2014`, `2008-2009`), or null when the heading
 * is not a period (a label, a change, a variance, a share).
 */

/** Words that say which figures of a period a column holds, and leave it a period. */
const PERIOD_WORDS = new Set([
  'budget',
  'budgets',
  'forecast',
  'estimate',
  'estimates',
  'estimated',
  'actual',
  'actuals',
  'approved',
  'proposed',
  'revised',
  'plan',
  'planned',
  'programme',
  'program',
  'total',
  'year',
  'biennium',
  'period',
  'fy',
  'y',
  // Abbreviated and qualified, as footnoted tables write them: "2029 (est.)", "2027 (prov.)", "2026 outturn".
  'est',
  'est.',
  'estim.',
  'prov',
  'prov.',
  'provisional',
  'preliminary',
  'prel.',
  'draft',
  'outturn',
  'expected',
  'projected',
  'projection',
  'projections',
  'target',
  'adopted',
  'final',
  'initial',
  'original',
  'amended',
  'executed',
  'prévisions',
  'prévu',
  'réel',
  'réalisé',
  'estimé',
  'proposé',
  'approuvé',
  'révisé',
  'presupuesto',
]);

/** What a heading may say beside its period and leave it one: a unit ("2026 (USD)"), a footnote mark ("2026 a/", "2026*"). */
const ASIDE = /^(?:[a-z\d]\/|\*+|usd|chf|eur|gbp|jpy|us\$|\$|€|£|'000|’000|000|thousands?|millions?)$/;

/** A year of four digits, or a range: the second year in full or by its last two digits, after `-`, `–`, `/` or "to". */
const PERIOD = /^(?:fy|y)?(\d{4})(?:\s*(?:-|–|\/|to)\s*(?:fy|y)?(\d{4}|\d{2}))?$/;

/** Whether the heading says its column is a total of the period (`Total 2014-2020`). */
export const isTotalHeading = (text: string): boolean => /\btotal\b/i.test(text);

/** The first and last year a period id covers: `2028` is 2028 to 2028, `2024-2025` is 2024 to 2025. */
export function periodSpan(id: string): { readonly first: number; readonly last: number } {
  // A fiscal year ("2014/15") is one year of its plan's, the one it starts in.
  const fiscal = /^(\d{4})\/\d{2}$/.exec(id);
  if (fiscal !== null) return { first: Number(fiscal[1]), last: Number(fiscal[1]) };
  const [first, last = first] = id.split('-');
  return { first: Number(first), last: Number(last) };
}

/**
 * Fiscal years ("2014/15, 2015/16, 2016/17", or "2014-15, 2015-16"): a run
 * of two or more headings, each a year and the next written short, each
 * starting a year after the one before. Read one by one they are two-year
 * periods that overlap; they are years of their own, headed `2014/15`.
 */
export function fiscalYears(raw: readonly string[], headings: readonly string[]): string[] {
  const fiscal = headings.map((text, i) => {
    const found = /(?:^|\D)(\d{4})\s*[/–-]\s*(\d{2})(?!\d)/.exec(raw[i] ?? '');
    return found !== null && text === `${found[1]}-${Number(found[1]) + 1}` ? Number(found[1]) : null;
  });
  const starts = fiscal.filter((year): year is number => year !== null);
  const isRun = starts.length >= 2 && starts.every((year, k) => k === 0 || year === starts[k - 1]! + 1);
  return isRun ? headings.map((text, i) => (fiscal[i] === null ? text : `${fiscal[i]}/${String((fiscal[i]! + 1) % 100).padStart(2, '0')}`)) : [...headings];
}

/** Years a budget table can mean: a figure such as 1 000 or 6 600 in a row of figures is not one. */
const isPlausibleYear = (year: number) => year >= 1900 && year <= 2199;

/** Headings read so far, by their text: detection reads every cell of a 20 000-row file several times. */
const read = new Map<string, string | null>();

/** The period a heading names (`2028`, `2024-2025`), or null. */
export function periodHeading(text: string): string | null {
  // No year of 1900-2199 standing apart from other digits, no period: most cells of a table, at once, and
  // codes such as L0001 (each of 20 000 read through as a heading was a seventh of a second of an import).
  if (!/(?<!\d)(?:19|20|21)\d\d(?!\d)/.test(text)) return null;
  let known = read.get(text);
  if (known === undefined) {
    if (read.size > 100_000) read.clear();
    read.set(text, (known = readPeriod(text)));
  }
  return known;
}

function readPeriod(text: string): string | null {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[()[\]:,_]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  const periods = words.filter((word) => !PERIOD_WORDS.has(word) && !ASIDE.test(word)).map((word) => word.replace(/\*+$/, '').replace(/^(\d{4})\.0+$/, '$1'));
  // One period and nothing but period words around it; "y2014" and "FY2014" are one word.
  const joined = periods.join(' ').replace(/\s*(-|–|\/)\s*/g, '$1').replace(/\s+to\s+/g, ' to ');
  const match = PERIOD.exec(joined);
  if (match === null) return null;
  const first = match[1]!;
  if (!isPlausibleYear(Number(first))) return null;
  if (match[2] === undefined) return first;
  const last = match[2].length === 2 ? `${first.slice(0, 2)}${match[2]}` : match[2];
  // 1999-00 ends in the next century.
  const end = Number(last) < Number(first) && match[2].length === 2 ? String(Number(last) + 100) : last;
  return Number(end) > Number(first) ? `${first}-${end}` : null;
}

/**
 * A column of figures headed by a category (a Sector, an objective) rather
 * than a period, as the headings step marks it for the column mapping.
 */
const CATEGORY = 'category:';
export const categoryHeading = (text: string): string => `${CATEGORY}${text.trim()}`;
/** The category a marked heading names, or null. */
export const categoryOf = (heading: string): string | null => (heading.startsWith(CATEGORY) ? heading.slice(CATEGORY.length) : null);
/** How the headings step marks a period of one version among several (versions.ts): `2024-2025@Zero real growth`. */
export const VERSION_MARK = '@';

/** A marked heading's period and version, or null for a heading that is no version's. */
export function versionOf(heading: string): { period: string; version: string } | null {
  const at = heading.indexOf(VERSION_MARK);
  if (at === -1 || periodHeading(heading.slice(0, at)) === null) return null;
  return { period: heading.slice(0, at), version: heading.slice(at + 1) };
}

/** A heading over figures: a period (of a version, where there are several), or a category. */
export const isFigureHeading = (text: string): boolean => periodHeading(text) !== null || versionOf(text) !== null || categoryOf(text) !== null;

/** Words that head a column of changes between two columns of figures. */
const CHANGE_WORDS = /(^|[\s_(/-])(variance|var\.?|change|changes|difference|diff\.?|increase|decrease|growth|delta|Δ|écart|variation|évolution|evolution|veränderung|diferencia|variación|изменение|变动|变化|التغير)([\s_)/%-]|$)/i;
// "variance_pct" as well as "pct change": a word of its own, or after an underscore.
const PERCENT_WORDS = /%|(?:^|[\s_(/-])pct(?:$|[\s_)/-])|per ?cent|pourcent/i;
const CHANGE = 'change:';
const PERCENT_CHANGE = 'change%:';

/** A heading marked as a column of changes, for the column mapping: `change:Variance`, `change%:Variance %`. */
export const changeHeading = (text: string): string | null =>
  CHANGE_WORDS.test(text) ? `${PERCENT_WORDS.test(text) ? PERCENT_CHANGE : CHANGE}${text.trim()}` : null;

/** A change the person marked as one, whatever its words: its text (or "Change") marked as an amount or in per cent. */
export const markedChange = (text: string, isPercent: boolean): string => `${isPercent ? PERCENT_CHANGE : CHANGE}${text.trim() || 'Change'}`;

/** A marked change heading's text and whether it is in per cent, or null. */
export function changeOf(heading: string): { heading: string; isPercent: boolean } | null {
  if (heading.startsWith(PERCENT_CHANGE)) return { heading: heading.slice(PERCENT_CHANGE.length), isPercent: true };
  return heading.startsWith(CHANGE) ? { heading: heading.slice(CHANGE.length), isPercent: false } : null;
}

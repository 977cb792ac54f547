import { VERSION_MARK, changeHeading, periodHeading, periodSpan } from './periodHeading';

/**
 * Versions of the same figures side by side: "Real growth 2024-2025" and
 * "Zero real growth 2024-2025", "Budget 2025" and "Forecast 2025", or a
 * heading row "Real growth" over 2024 and 2025 and "Zero real growth" over
 * them again. A period heading twice is what says so; each version is
 * named by the words around its periods, and the headings step marks its
 * columns `<period>@<version>` for the column mapping.
 */

/** A period among other words ("Zero real growth 2024-2025", "ZRG (2024)"): the period and the words, or null. */
export function periodAmongWords(text: string): { period: string; words: string } | null {
  const found = /(?:fy|y)?\d{4}(?:\s*(?:-|–|\/|to)\s*(?:fy|y)?\d{2,4})?/i.exec(text);
  if (found === null) return null;
  const period = periodHeading(found[0]);
  // "Total" says the column sums the period, not which version it is; a unit ("$000", "CHF 000") says the table's unit.
  const words = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`
    .replace(/(?:US\$|A\$|C\$|\$|€|£|CHF|USD|EUR|GBP)\s*'?000\b/gi, ' ')
    .replace(/[()[\]:,]|\btotal\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return period === null || /\d/.test(words) ? null : { period, words };
}

/** Words heading changes, not a version ("Difference", "Variance 2027", "Increase (decrease)"); "Real growth" is a version. */
export const isChangeWords = (words: string): boolean => changeHeading(words) !== null && !/growth/i.test(words);

/** The period a heading names, and the words naming its version: its own, or the heading row above's. */
function versioned(text: string, over: string): { period: string; words: string } | null {
  // A share of a period ("Share 2026 (%)") is no version of its figures ("Zero real growth 2026" is);
  // nor is a change ("Variance 2027", or "2027" under "Difference"): it is checked against the versions' figures.
  if (/%|\bshare\b|per ?cent/i.test(text) || isChangeWords(over) || isChangeWords(periodAmongWords(text)?.words ?? '')) return null;
  // "Budget 2025" beside "Forecast 2025": the words a period heading allows name the version too,
  // unless the heading row above names it ("Budget 2028" under "Zero real growth" is that version's).
  const among = periodAmongWords(text);
  const period = periodHeading(text) ?? among?.period ?? null;
  const own = over !== '' && periodHeading(text) !== null ? '' : (among?.words ?? '');
  return period === null ? null : { period, words: [over, own].filter((w) => w !== '').join(' ') };
}

/**
 * The headings with versions marked, when a period is headed more than once;
 * else null (one version: the headings are read as periods are).
 * `upper` is the heading row above, whose words over a run of columns name
 * the version of the periods under them.
 */
export function versionHeadings(lower: readonly string[], upper: readonly string[]): string[] | null {
  let over = '';
  const overs: string[] = [];
  // Words above the names' column are a title line, not a version's heading: only those over the periods name one.
  const firstPeriod = lower.findIndex((text) => periodHeading(text) !== null || periodAmongWords(text) !== null);
  const found = lower.map((text, index) => {
    const above = index < firstPeriod ? '' : (upper[index] ?? '').trim();
    if (above !== '') over = periodHeading(above) === null && !/\d/.test(above) ? above : '';
    overs.push(over);
    return versioned(text, over);
  });
  const periods = found.flatMap((f) => (f === null ? [] : [f.period]));
  if (new Set(periods).size === periods.length) return null;
  // "Total" alone under a version's heading is that version's whole period.
  const spanOf = (version: string) => {
    const own = found.flatMap((f) => (f !== null && f.words === version ? [periodSpan(f.period)] : []));
    return own.length < 2 ? null : `${Math.min(...own.map((s) => s.first))}-${Math.max(...own.map((s) => s.last))}`;
  };
  // A period headed once ("Proposed 2026-2027" beside "Approved 2024-2025" and "Revised 2024-2025") is every version's.
  const count = (period: string) => periods.filter((p) => p === period).length;
  return lower.map((text, i) => {
    const f = found[i];
    const whole = text.trim().toLowerCase() === 'total' && overs[i] !== '' ? spanOf(overs[i]!) : null;
    if (whole !== null) return `${whole}${VERSION_MARK}${overs[i]}`;
    if (f !== null && f !== undefined && count(f.period) === 1 && overs[i] === '') return f.period;
    // A period under a change's heading ("2026" under "Difference") is that change, for that period.
    if (isChangeWords(overs[i]!) && periodHeading(text) !== null) return `${overs[i]} ${text.trim()}`;
    return f === null || f === undefined ? text : `${f.period}${VERSION_MARK}${f.words}`;
  });
}

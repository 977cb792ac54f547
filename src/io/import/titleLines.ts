import { isFigureText } from './figureText';
import type { TextRows } from './findHeader';

/**
 * What a published table says of itself above its headings: its title (the
 * first line) and its unit (`EUR million`, `US$ 000`, `in thousands of
 * Swiss francs`, `CHF thousands`), read from those lines or the headings.
 */
export interface TableTitle {
  readonly title?: string;
  readonly unit?: string;
}

const CURRENCIES: readonly [RegExp, string][] = [
  [/^(chf|swiss francs?|francs? suisses?|sfr)$/i, 'CHF'],
  [/^(eur|euros?|€)$/i, 'EUR'],
  [/^(usd|us\$|us dollars?|united states dollars?|dollars?|dólares|\$)$/i, 'USD'],
  [/^(aud|a\$)$/i, 'AUD'],
  [/^(cad|c\$)$/i, 'CAD'],
  [/^(gbp|pounds? sterling|£)$/i, 'GBP'],
  [/^(jpy|yen|¥)$/i, 'JPY'],
];
const SCALES: readonly [RegExp, string][] = [
  [/^(thousands?|'000|’000|000s?|k|milliers?|miles|1[\s'’,.]?000)$/i, 'thousands'],
  [/^(millions?|millones|mn|m|mio\.?)$/i, 'millions'],
  [/^(billions?|bn|milliards?)$/i, 'billions'],
];

const CURRENCY = "chf|swiss francs?|francs? suisses?|sfr|eur|euros?|€|usd|us\\$|us dollars?|united states dollars?|dollars?|dólares|a\\$|aud|c\\$|cad|\\$|gbp|pounds? sterling|£|jpy|yen|¥";
const SCALE = "thousands?|milliers?|miles|'000|’000|000s?|1[\\s'’,.]?000|k|millions?|millones|mn|mio\\.?|m|billions?|bn|milliards?";
/** "CHF thousands", "EUR million", "US$ 000", "USD '000", "CHF (thousands)", "CHF 1000" */
const CURRENCY_FIRST = new RegExp(`(?:^|[\\s(])(${CURRENCY})\\s*\\(?(${SCALE})\\)?(?=$|[\\s).,;])`, 'i');
/** "thousands of Swiss francs", "millions of euros", "millions d'euros", "Mio. CHF", "'000 USD", "kCHF" */
const SCALE_FIRST = new RegExp(`(?:^|[\\s(])(${SCALE})\\s*(?:of\\s+|de\\s+|d['’])?(${CURRENCY})(?=$|[\\s).,;])`, 'i');
/** A currency alone, in whole units: "(EUR)", "in US dollars", "en francs suisses". */
const CURRENCY_ALONE = new RegExp(`(?:^|\\(|[\\s(](?:in|en)\\s+)(${CURRENCY})(?=$|[).,;])`, 'i');
/** A currency alone opening the line of what a sheet shows, as the app's workbooks write it: "CHF – table as imported". */
const CURRENCY_LINE = new RegExp(`^(${CURRENCY})\\s+[–-]\\s`, 'i');

const named = (table: readonly [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text.trim()))?.[1];

/** "TCHF", "TEUR", "TUSD": thousands, as German-speaking tables write them. */
const T_PREFIX = /(?:^|[\s(])T(CHF|EUR|USD)(?=$|[\s).,;])/;

/** Units as Russian, Chinese and Arabic tables write them: "тыс. долл. США", "千美元", "بآلاف الدولارات". */
const WRITTEN_UNITS: readonly [RegExp, string][] = [
  [/тыс\.?\s*долл/i, 'USD thousands'],
  [/млн\.?\s*долл/i, 'USD millions'],
  [/тыс\.?\s*швейц/i, 'CHF thousands'],
  [/млн\.?\s*швейц/i, 'CHF millions'],
  [/тыс\.?\s*евро/i, 'EUR thousands'],
  [/千美元/, 'USD thousands'],
  [/百万美元/, 'USD millions'],
  [/千瑞士法郎/, 'CHF thousands'],
  [/百万瑞士法郎/, 'CHF millions'],
  [/آلاف الدولارات/, 'USD thousands'],
  [/ملايين الدولارات/, 'USD millions'],
  [/آلاف الفرنكات السويسرية/, 'CHF thousands'],
];

export function unitOf(text: string): string | undefined {
  const written = WRITTEN_UNITS.find(([pattern]) => pattern.test(text));
  if (written !== undefined) return written[1];
  const tPrefix = T_PREFIX.exec(text);
  if (tPrefix) return `${tPrefix[1]} thousands`;
  const first = CURRENCY_FIRST.exec(text);
  if (first) return `${named(CURRENCIES, first[1]!)} ${named(SCALES, first[2]!)}`;
  const scaleFirst = SCALE_FIRST.exec(text);
  if (scaleFirst) return `${named(CURRENCIES, scaleFirst[2]!)} ${named(SCALES, scaleFirst[1]!)}`;
  const alone = CURRENCY_ALONE.exec(text) ?? CURRENCY_LINE.exec(text.trim());
  return alone ? named(CURRENCIES, alone[1]!) : undefined;
}

/** What follows a line's last comma, semicolon, colon or dash: ", EUR million", " – US$ 000". */
const TAIL = /\s*[,;:–-]\s*([^,;:–-]+)$/;
/** The unit a line ends with after a comma or a dash ("Staff and non-staff costs, CHF"), if any. */
const tailUnit = (line: string) => {
  const tail = TAIL.exec(line);
  return tail === null ? undefined : unitOf(tail[1]!);
};

/** A title without the unit it ends with: "(CHF thousands)", "(in thousands of Swiss francs)", ", EUR million", " – US$ 000". */
export function withoutUnit(line: string): string {
  const parenthesis = /\s*\(([^()]*)\)\s*$/.exec(line);
  if (parenthesis !== null && unitOf(`(${parenthesis[1]!})`) !== undefined) return line.slice(0, parenthesis.index).trim();
  const tail = TAIL.exec(line);
  if (tail !== null && unitOf(tail[1]!) !== undefined) {
    const rest = line.slice(0, tail.index).trim();
    // Only where what is left is words of its own, not the unit line itself ("CHF – table as imported").
    return unitOf(rest) === undefined ? rest : line;
  }
  return unitOf(line) === undefined ? line : '';
}

/** A line of a key/value preamble above the table ("Currency:", "USD"): its key, lower case, and value; or null. */
function keyValue(row: readonly string[]): { key: string; value: string } | null {
  const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const key = /^([\p{L}][\p{L} ]*):$/u.exec(cells[0] ?? '');
  return key === null || cells.length !== 2 ? null : { key: key[1]!.toLowerCase(), value: cells[1]! };
}

/** What a key/value preamble says of the table: "Currency: USD" and "Unit: thousands" its unit, "Title: …" its title. */
function preambleOf(rows: TextRows): TableTitle {
  const pairs = rows.map(keyValue).filter((pair) => pair !== null);
  const valueOf = (keys: RegExp) => pairs.find((pair) => keys.test(pair.key))?.value;
  const currency = named(CURRENCIES, valueOf(/^(currency|devise|moneda|валюта|货币|العملة)$/) ?? '');
  const scale = named(SCALES, valueOf(/^(units?|scale|unité|unidad|единица|单位|الوحدة)$/) ?? '');
  const title = valueOf(/^(title|titre|título|название|标题|العنوان)$/);
  return { ...(title === undefined ? {} : { title }), ...(currency === undefined ? {} : { unit: scale === undefined ? currency : `${currency} ${scale}` }) };
}

export function titleOf(rows: TextRows, header: number): TableTitle {
  const lineOf = (row: readonly string[]) => row.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' ');
  const preamble = preambleOf(rows.slice(0, header));
  // A key/value preamble's lines ("Organization: …", "Date: 2025") are no title.
  const above = rows.slice(0, header).filter((row) => keyValue(row) === null).map(lineOf).filter((line) => line !== '');
  // A unit said only in a note under the table ("Note: all figures in thousands of Swiss francs") is the table's too.
  const lastFigures = rows.findLastIndex((row) => row.some((cell) => /\d/.test(cell) && isFigureText(cell)));
  const below = lastFigures === -1 ? [] : rows.slice(lastFigures + 1).map(lineOf).filter((line) => line !== '');
  // A unit after the title's last comma or dash ("Staff and non-staff costs, CHF") is the table's too.
  const unit = [...above, ...(rows[header] ?? []), ...below].map((line) => unitOf(line) ?? tailUnit(line)).find((found) => found !== undefined) ?? preamble.unit;
  // The first line that is not only the unit, without the unit it may carry: "Budget 2026 (CHF thousands)" is titled as "Budget 2026" is.
  const line = above.find((text) => unitOf(text) === undefined || withoutUnit(text) !== '');
  const title = preamble.title ?? (line === undefined ? undefined : withoutUnit(line) || line);
  return { ...(title === undefined ? {} : { title }), ...(unit === undefined ? {} : { unit }) };
}

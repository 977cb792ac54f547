import { t } from '../../i18n/t';
import type { TextRows } from './findHeader';
import { categoryHeading, categoryOf, changeHeading, isFigureHeading, isTotalHeading, periodHeading, versionOf } from './periodHeading';
import type { ColumnName } from './problems';
import { isFigureText } from './figureText';
import { isShareHeading } from '../../model/columns';
import { isChangeWords, periodAmongWords, versionHeadings } from './versions';
import { SECTION_COLUMN } from './mapColumns';
import { OF_WHICH, codeByName } from './rowNames';
import { withoutUnit } from './titleLines';
import { groupsBySum } from './groupsBySum';
import { partialTotal } from './partialTotal';
import { englishHeading } from './headingWords';
import { readNumber } from './readNumber';
import { ZERO } from '../../model/amount';

/**
 * The headings of the heading row, as the rest of the import reads them.
 * Periods in any published style become `2014` or `2014-2015`, and a
 * "Total" under a period's heading in the row above is that period's total
 * (the Council table and this app's workbooks head a biennium so). A table
 * without a `code` column is a published one: its label columns (left of
 * the periods) become `code` (short numbering: `2.1`, `1a`, `A.1`) and
 * `name` (the longest texts), and any other column is set aside with a
 * note saying so (a change, a variance, a category).
 */
export interface Headings {
  readonly headings: string[];
  readonly notes: ColumnNote[];
}

/** A note on how a column is read, with the column it is about (a note on a column the person gives a role no longer applies). */
export interface ColumnNote {
  readonly column: number;
  readonly text: string;
}

const KNOWN = new Set(['code', 'name', 'line', 'thematic priority', 'kind', 'parent', SECTION_COLUMN, 'total', 'share', '%', 'in %']);
const SECTION_HEADINGS = new Set(['section', 'group', 'part']);

/**
 * A column headed "Section" (or "Group", "Part") beside the names, each of
 * its values repeated down a run of lines: the lines' sections. Its values
 * all different, or with no other label column, it is the names' column.
 */
function sectionColumn(rows: TextRows, header: number, headings: string[]): void {
  const firstFigure = headings.findIndex((text) => isFigureHeading(text));
  const texts = (i: number) => rows.slice(header + 1).map((row) => (row[i] ?? '').trim()).filter((cell) => cell !== '' && !isFigureText(cell));
  headings.forEach((text, i) => {
    if (!SECTION_HEADINGS.has(text.trim().toLowerCase()) || (firstFigure !== -1 && i > firstFigure)) return;
    const values = texts(i);
    const hasNames = headings.some((_, k) => k !== i && (firstFigure === -1 || k < firstFigure) && texts(k).length > 0);
    if (hasNames && new Set(values).size < values.length) headings[i] = SECTION_COLUMN;
  });
}
const NAMES = new Set(['name', 'line', 'thematic priority']);
/** Headings published tables give their codes. */
const CODE_HEADINGS = new Set(['id', 'no', 'no.', 'nr', 'nr.', '#', 'ref', 'ref.', 'number', 'item']);
/** A code as tables write one: short, one word (`2.1`, `1a`, `A.1`, `TP1`, `HR-2`). */
const CODE = /^[\w.\-/]{1,12}$/;

/** The period a heading names, reading "Total" under a period of the row above as that period. */
function withRowAbove(rows: TextRows, header: number): string[] {
  const lower = [...(rows[header] ?? [])];
  const upper = rows[header - 1] ?? [];
  let over: string | null = null;
  return lower.map((text, index) => {
    const above = (upper[index] ?? '').trim();
    if (above !== '') over = periodHeading(above);
    const own = periodHeading(text);
    if (text.trim().toLowerCase() === 'total' && over !== null) return over;
    return own ?? text;
  });
}

/** The cells in a column of the rows with figures (not the notes under the table): what tells codes from names. */
function bodyOf(rows: TextRows, header: number, index: number, periods: readonly number[]): string[] {
  return rows
    .slice(header + 1)
    .filter((row) => periods.some((p) => (row[p] ?? '').trim() !== ''))
    .map((row) => (row[index] ?? '').trim())
    .filter((cell) => cell !== '');
}

/**
 * With no period among the headings, the columns of figures right of the
 * names are categories (Sectors, objectives, objects of expenditure): a
 * column headed by words whose cells are figures. A total and a share keep
 * their roles.
 */
function categoryColumns(rows: TextRows, header: number, headings: string[]): void {
  const body = (i: number) => rows.slice(header + 1).map((row) => (row[i] ?? '').trim()).filter((cell) => cell !== '');
  const isFigures = (i: number) => body(i).length > 0 && body(i).filter((cell) => isFigureText(cell)).length >= body(i).length * 0.8;
  const names = headings.findIndex((_, i) => body(i).length > 0 && !isFigures(i));
  if (names === -1) return;
  // A headed column with nothing in it is a category all nil (left blank), never dropped: the preview says its blanks, and it can be marked "Not read".
  const isFigureColumn = (i: number) => isFigures(i) || body(i).length === 0;
  const isCategory = (text: string, i: number) => {
    const lower = text.trim().toLowerCase();
    return i > names && lower !== '' && changeHeading(lower) === null && !KNOWN.has(lower) && !CODE_HEADINGS.has(lower) && !isTotalHeading(lower) && isFigureColumn(i);
  };
  const hasYear = (text: string) => /\b(19|20|21)\d\d\b/.test(text);
  // A heading naming a year among other words ("Posts 2026") is a period the person marks, not a category; among two
  // or more categories without one ("Goal 1", "Goal 2", "2030 Agenda") it is a category too.
  const isAmongCategories = headings.filter((text, i) => isCategory(text, i) && !hasYear(text)).length >= 2;
  headings.forEach((text, i) => {
    if (isCategory(text, i) && (!hasYear(text) || isAmongCategories)) headings[i] = categoryHeading(text);
  });
  const total = totalBySum(rows, header, headings);
  if (total !== -1) headings[total] = 'total';
}

/**
 * The last of three or more categories when, on every row, it is the sum of
 * the others ("All Sectors", "Organization-wide"): the rows' total, whatever
 * its heading. Read as a category, it would double the table's Total
 * silently. Each figure is read with the first decimal mark that reads them
 * all: a sum holds in either reading of a file's own figures.
 */
function totalBySum(rows: TextRows, header: number, headings: readonly string[]): number {
  const categories = headings.flatMap((text, i) => (categoryOf(text) !== null ? [i] : []));
  const last = categories.at(-1);
  if (last === undefined || categories.length < 3) return -1;
  const others = categories.slice(0, -1);
  const body = rows.slice(header + 1).filter((row) => categories.some((i) => (row[i] ?? '').trim() !== ''));
  const cells = body.flatMap((row) => categories.map((i) => (row[i] ?? '').trim() || '0'));
  const decimal = (['.', ','] as const).find((mark) => cells.every((cell) => readNumber(cell, mark).value !== null));
  if (decimal === undefined || body.length < 2) return -1;
  const value = (row: readonly string[], i: number) => readNumber((row[i] ?? '').trim() || '0', decimal).value!;
  const isSum = body.every((row) => !value(row, last).isZero() && others.reduce((sum, i) => sum.plus(value(row, i)), ZERO).eq(value(row, last)));
  // A column equal to the only other one with figures is a copy, not a sum: two or more must add into it.
  const parts = others.filter((i) => body.some((row) => !value(row, i).isZero()));
  return isSum && parts.length >= 2 ? last : -1;
}

function labelColumns(rows: TextRows, header: number, headings: string[], columnName: ColumnName, notes: ColumnNote[]): void {
  const periods = headings.flatMap((text, i) => (isFigureHeading(text) ? [i] : []));
  const firstPeriod = periods[0] ?? -1;
  const body = (i: number) => bodyOf(rows, header, i, periods);
  const labels = headings.map((_, i) => i).filter((i) => i < firstPeriod);
  const heading = (i: number) => headings[i]!.trim().toLowerCase();
  // A column of codes: headed as one, or most of its cells short single words, all different, beside most lines
  // ("A." and "B." beside two lines of five are a numbering of parts, not the lines' codes).
  const lineCount = rows
    .slice(header + 1)
    .filter((row) => periods.some((p) => (row[p] ?? '').trim() !== '') && codeByName(row.filter((cell) => cell.trim() !== '' && !isFigureText(cell)).join(' ')) === '').length;
  const isCodes = (i: number) => {
    const cells = body(i);
    if (CODE_HEADINGS.has(heading(i))) return true;
    return cells.length > 0 && cells.length >= lineCount * 0.8 && new Set(cells).size === cells.length && cells.filter((cell) => CODE.test(cell)).length >= cells.length * 0.8;
  };
  const length = (i: number) => body(i).reduce((sum, cell) => sum + cell.length, 0);
  // A column with neither heading nor text (a table column left blank, see splitTables.ts) names nothing.
  const unknown = labels.filter((i) => !KNOWN.has(heading(i)) && (heading(i) !== '' || body(i).length > 0));
  const named = labels.find((i) => NAMES.has(heading(i)));
  // The names are the longest texts; a column headed as codes is only when it is the one label column ("Item").
  const byLength = (columns: number[]) => columns.sort((a, b) => length(b) - length(a))[0];
  const name = named ?? byLength(unknown.filter((i) => !CODE_HEADINGS.has(heading(i)))) ?? byLength([...unknown]);
  const code = unknown.find((i) => i !== name && isCodes(i));
  labels.forEach((i) => {
    const text = headings[i]!.trim();
    if (KNOWN.has(heading(i))) return;
    if (i === name) headings[i] = 'name';
    else if (i === code) headings[i] = 'code';
    else {
      const named = { column: columnName(i), names: columnName(name ?? i) };
      if (text !== '' || body(i).length > 0) notes.push({ column: i, text: text ? t('import.headings.labelNotReadHeaded', { ...named, heading: text }) : t('import.headings.labelNotRead', named) });
      headings[i] = '';
    }
  });
}

/**
 * A period among words that say what its figures are ("Amount 2025",
 * "2016-2017 expenditure", "Posts 2026"): that period's column, where its
 * cells are figures and no other column heads the same period (two would be
 * versions, read as such above). A share, a total or a change keeps its role.
 */
function periodsAmongWords(rows: TextRows, header: number, headings: string[]): void {
  const amongs = headings.map((text) => {
    const trimmed = text.trim();
    const isOther = trimmed === '' || periodHeading(trimmed) !== null || versionOf(trimmed) !== null || KNOWN.has(trimmed.toLowerCase()) || isTotalHeading(trimmed) || changeHeading(trimmed) !== null || /%|\bshare\b|per ?cent/i.test(trimmed);
    return isOther ? null : (periodAmongWords(trimmed)?.period ?? null);
  });
  const headed = headings.flatMap((text) => [periodHeading(text), versionOf(text)?.period ?? null].filter((p): p is string => p !== null));
  const body = (i: number) => rows.slice(header + 1).map((row) => (row[i] ?? '').trim()).filter((cell) => cell !== '');
  const isFigureColumn = (i: number) => body(i).length > 0 && body(i).filter(isFigureText).length >= body(i).length * 0.8;
  // One year among the words heading columns of categories ("Goal 1", "Goal 2", "2030 Agenda") names a category, not a period.
  const words = headings.filter((text, i) => amongs[i] === null && /\p{L}/u.test(text) && !KNOWN.has(text.trim().toLowerCase()) && !isTotalHeading(text) && isFigureColumn(i));
  if (headed.length === 0 && amongs.filter((p) => p !== null).length === 1 && words.length >= 2) return;
  amongs.forEach((period, i) => {
    if (period === null || headed.includes(period) || amongs.filter((p) => p === period).length > 1) return;
    if (isFigureColumn(i)) headings[i] = period;
  });
}

/** What a column under a change's heading says of itself: its amount, or the same in per cent. */
const UNDER_CHANGE = /^(amount|amounts|value|%|in %|per ?cent|chf|usd|eur|absolute|abs\.?)$/i;

export function readHeadings(given: TextRows, header: number, columnName: ColumnName): Headings {
  // The app's own headings in any of its languages, read as the English ones.
  const rows = given.map((cells, i) => (i === header || i === header - 1 ? cells.map(englishHeading) : cells));
  // "Total 2026" beside "2026" (a plan of one period) is the total column: neither the period twice nor another version of it.
  const raw = rows[header] ?? [];
  const isPeriodTotal = (text: string, i: number) =>
    isTotalHeading(text) && periodHeading(text) !== null && raw.some((other, k) => k !== i && !isTotalHeading(other) && periodHeading(other) === periodHeading(text));
  // "Total (CHF 000)", "Total, USD": the total, its unit said in the heading.
  const lower = raw.map((text, i) => (isPeriodTotal(text, i) || (isTotalHeading(text) && withoutUnit(text).trim().toLowerCase() === 'total') ? 'total' : text));
  // A period headed twice is one of several versions of the figures (real and zero real growth): marked as such (versions.ts).
  const versioned = versionHeadings(lower, rows[header - 1] ?? []) ?? withRowAbove(rows.map((row, i) => (i === header ? lower : row)), header);
  // Unless one group sums the others: then they are parts (Sectors by year), each column a category.
  const grouped = groupsBySum(versioned, rows, header, columnName);
  const read = grouped?.headings ?? versioned;
  // A change or a share headed in the row above, over an empty heading, is headed so ("RG change %" over two heading rows);
  // a share however headed ("Share (%)", "% of total") is the share column.
  const above = rows[header - 1] ?? [];
  // "Variance" over "Amount" and "%" (a merged cell over two columns) heads both: the change, and the change in per cent.
  let change = '';
  let parts = 0;
  const partOf = new Map<number, string>();
  const headings = read
    .map((text, i) => {
      const over = (above[i] ?? '').trim();
      if (over !== '') [change, parts] = [isChangeWords(over) ? over : '', 0];
      if (change !== '' && (text.trim() === '' || UNDER_CHANGE.test(text.trim()))) return /%|per ?cent|percentage/i.test(text) ? `${change} %` : change;
      // Under "Changes", after its parts ("Technical adjustments", "New mandates", "Other"): their "Total" and "Percentage" are the change's.
      if (change !== '' && parts > 0 && /^(total|percentage|per ?cent|%)$/i.test(text.trim())) return /^total$/i.test(text.trim()) ? change : `${change} %`;
      if (change !== '' && periodHeading(text) === null && !isFigureHeading(text) && changeHeading(text) === null) {
        parts++;
        partOf.set(i, change);
      }
      return text.trim() === '' && isShareHeading(over) ? over : text;
    })
    // A bare "%" right after a change ("Increase (decrease)", "%") is that change in per cent, not a share.
    .map((text, i, all) => (/^(%|percentage|per ?cent|pourcentage|porcentaje)$/i.test(text.trim()) && i > 0 && changeHeading(all[i - 1]!) !== null ? `${all[i - 1]!.trim()} %` : text))
    .map((text) => (isShareHeading(text) ? 'share' : text));
  // "Total changes" after its parts ("Technical adjustments", "Other changes"), in one heading row: the parts are the total's.
  headings.forEach((text, i) => {
    if (!/^total\b/i.test(text.trim()) || /%/.test(text) || changeHeading(text) === null) return;
    for (let k = i - 1; k >= 0 && !isFigureHeading(headings[k]!) && headings[k]!.trim() !== '' && !KNOWN.has(headings[k]!.trim().toLowerCase()); k--) partOf.set(k, text.trim());
  });
  const notes: ColumnNote[] = [...(grouped?.notes ?? [])];
  // A column "of which: extrabudgetary" is part of the others, not one more to add: not read, and said.
  headings.forEach((text, i) => {
    if (!OF_WHICH.test(text.trim())) return;
    notes.push({ column: i, text: t('import.headings.ofWhichColumn', { column: columnName(i), heading: text.trim() }) });
    headings[i] = '';
  });
  sectionColumn(rows, header, headings);
  const hasCode = headings.some((text) => text.trim().toLowerCase() === 'code');
  // The app's own files head their periods bare: a period among words there is an unknown heading, refused by name.
  if (!hasCode) periodsAmongWords(rows, header, headings);
  if (!headings.some((text) => isFigureHeading(text))) categoryColumns(rows, header, headings);
  partialTotal(rows, header, headings, columnName, notes);
  const firstPeriod = headings.findIndex((text) => isFigureHeading(text));
  // The app's workbooks head the names as the plan does ("Sector"): with codes, the first other label left of the periods is the names'.
  if (hasCode && !headings.some((text) => NAMES.has(text.trim().toLowerCase()))) {
    // A heading of words ("Object of expenditure", "Outcome / output"), not any text ("__proto__" is refused by name below).
    const name = headings.findIndex((text, i) => i < firstPeriod && /^\p{L}[\p{L}\s'’(),/&.:–-]*$/u.test(text.trim()) && !KNOWN.has(text.trim().toLowerCase()));
    if (name !== -1) headings[name] = 'name';
  }
  // With codes, or without a single period, the headings are read as they are, and any unknown one refused by name; a change is checked.
  if (hasCode || firstPeriod === -1) return { headings: headings.map((text) => (KNOWN.has(text.trim().toLowerCase()) || isFigureHeading(text) ? text : (changeHeading(text) ?? text))), notes };
  labelColumns(rows, header, headings, columnName, notes);
  headings.forEach((text, i) => {
    const lower = text.trim().toLowerCase();
    if (lower === '' || KNOWN.has(lower) || isFigureHeading(text)) return;
    // A change between two columns ("Variance", "rg_change", "Variance %") is checked, then left to be derived (checkChanges.ts).
    const change = changeHeading(text);
    const part = partOf.get(i);
    if (change !== null && part === undefined) {
      headings[i] = change;
      return;
    }
    const named = { column: columnName(i), heading: text.trim() };
    notes.push({ column: i, text: part !== undefined ? t('import.headings.changePart', { ...named, change: part }) : isTotalHeading(text) ? t('import.headings.totalNotRead', named) : t('import.headings.notPeriod', named) });
    headings[i] = '';
  });
  return { headings, notes };
}

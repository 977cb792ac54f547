import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';
import { OF_WHICH, codeByName } from './rowNames';
import { sectionLabel } from './sections';
import { readNumber } from './readNumber';
import { ZERO } from '../../model/amount';

/**
 * Lines indented by column, as spreadsheets lay out an outline: each name in
 * the column of its depth, never two on one row ("Pillar I" in A,
 * "Programme 1" in B, "Study groups" in C). Read as one column of names; a
 * name with lines below it, deeper, is a group of them (its figures, when it
 * has them, checked as the group's), at any depth; any other name is a line
 * of the group above it. An "of which" is shown under the line above it, as
 * everywhere. A Total, Subtotal or deduction keeps what its name says, and
 * closes every group.
 */
export interface Outline {
  /** The groups, by row index: the code given, the name, the group it is in, the row that closes it with its sums. */
  readonly groups: ReadonlyMap<number, { readonly code: string; readonly name: string; readonly parent: string | null; readonly close: number | null }>;
  /** Each line's group, by row index. */
  readonly parents: ReadonlyMap<number, string>;
  /** Rows closing a group with its sums ("Programmes subtotal"): read as the group's figures, not as rows of their own. */
  readonly closing: ReadonlySet<number>;
}

export const NO_OUTLINE: Outline = { groups: new Map(), parents: new Map(), closing: new Set() };

const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';

/** The rows with the name columns made one, and the groups; null for a table not laid out so. */
export function indentedNames(rows: TextRows, header: number): { rows: string[][]; outline: Outline } | null {
  // The table's rows, down to its last of figures: notes under it are no names.
  const last = rows.findLastIndex((cells, i) => i > header && cells.some((cell) => filled(cell) && isFigureText(cell)));
  const body = rows.flatMap((cells, i) => (i > header && i <= last && cells.some(filled) ? [i] : []));
  // Folded, not spread: a file of 200 000 rows would overflow the call stack as arguments.
  const firstFigure = body.map((i) => rows[i]!.findIndex((cell) => filled(cell) && isFigureText(cell))).reduce((least, index) => (index !== -1 && index < least ? index : least), Infinity);
  if (!Number.isFinite(firstFigure)) return null;
  for (let outer = 0; outer + 1 < firstFigure; outer++) {
    const columns = Array.from({ length: firstFigure - outer }, (_, k) => outer + k);
    const labelled = body.filter((i) => columns.some((c) => filled(rows[i]![c])));
    const depthOf = (i: number) => columns.findIndex((c) => filled(rows[i]![c]));
    // One name a row, the first at the top, and some deeper: an outline; else the next columns are tried.
    const isOne = (i: number) => columns.filter((c) => filled(rows[i]![c])).length === 1;
    if (labelled.length === 0 || !labelled.every(isOne) || depthOf(labelled[0]!) !== 0 || !labelled.some((i) => depthOf(i) > 0)) continue;
    const name = (i: number) => rows[i]![columns[depthOf(i)]!]!.trim();
    const outline = outlineOf(labelled, depthOf, name, (i) => rows[i]!.slice(firstFigure).some(filled));
    if (outline.groups.size === 0) continue;
    // The heading row and every row under it: the first name among the outline's columns stands in the outer one.
    const merged = rows.map((cells, i) =>
      i < header ? [...cells] : cells.map((cell, c) => (c === outer ? (columns.map((k) => (cells[k] ?? '').trim()).find((text) => text !== '') ?? '') : columns.includes(c) ? '' : cell)),
    );
    return { rows: merged, outline };
  }
  return bySpaces(rows, body, firstFigure) ?? byLetters(rows, body, firstFigure);
}

/**
 * Lines indented by spaces in one column ("Development", then "   Rural
 * development"), as many published tables and PDFs turned into CSV lay out
 * an outline: each distinct indentation a depth, the least the top. Read as
 * the outline by column is; the rows stay as they are.
 */
function bySpaces(rows: TextRows, body: readonly number[], firstFigure: number): { rows: string[][]; outline: Outline } | null {
  const columns = Array.from({ length: firstFigure }, (_, c) => c);
  // The names' column: the one with the most labels left of the figures.
  const column = columns.reduce<number | undefined>((best, c) => (best === undefined || body.filter((i) => filled(rows[i]![c])).length > body.filter((i) => filled(rows[i]![best])).length ? c : best), undefined);
  if (column === undefined) return null;
  const labelled = body.filter((i) => filled(rows[i]![column]));
  const indent = (i: number) => (/^[\s\u00a0]*/.exec(rows[i]![column]!)?.[0] ?? '').replace(/\t/g, '    ').length;
  const widths = [...new Set(labelled.map(indent))].sort((a, b) => a - b);
  if (widths.length < 2 || labelled.length === 0 || indent(labelled[0]!) !== widths[0]) return null;
  const outline = outlineOf(labelled, (i) => widths.indexOf(indent(i)), (i) => rows[i]![column]!.trim(), (i) => rows[i]!.slice(firstFigure).some(filled));
  return outline.groups.size === 0 ? null : { rows: rows.map((cells) => [...cells]), outline };
}

/** A sub-line's letter or small roman numeral before its name: "(a) Executive", "b) Oversight", "(ii) Travel". */
const LETTERED = /^\s*(?:\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\))\s*\S/;

/**
 * Sub-lines lettered (a), (b) under a line whose figures are their sum, as
 * UN budgets break a line down: the line a group of them, its figures
 * checked as the group's. Only where every lettered run adds up to the line
 * above it, in every column of figures: else they are lines as written.
 */
function byLetters(rows: TextRows, body: readonly number[], firstFigure: number): { rows: string[][]; outline: Outline } | null {
  const column = Array.from({ length: firstFigure }, (_, c) => c).reduce<number | undefined>((best, c) => (best === undefined || body.filter((i) => filled(rows[i]![c])).length > body.filter((i) => filled(rows[i]![best])).length ? c : best), undefined);
  if (column === undefined) return null;
  const labelled = body.filter((i) => filled(rows[i]![column]));
  const isLettered = (i: number) => LETTERED.test(rows[i]![column]!);
  if (labelled.length === 0 || isLettered(labelled[0]!) || !labelled.some(isLettered)) return null;
  const width = Math.max(...body.map((i) => rows[i]!.length));
  const figureColumns = Array.from({ length: width - firstFigure }, (_, k) => firstFigure + k).filter((c) => body.some((i) => filled(rows[i]![c])));
  const decimal = (['.', ','] as const).find((mark) => body.every((i) => figureColumns.every((c) => !filled(rows[i]![c]) || readNumber(rows[i]![c]!, mark).value !== null)));
  if (decimal === undefined) return null;
  const value = (i: number, c: number) => (filled(rows[i]![c]) ? readNumber(rows[i]![c]!, decimal).value! : ZERO);
  // Each run of lettered rows, and the row above it: the run adds up to it in every column.
  const addsUp = labelled.every((i, k) => {
    if (isLettered(i) || k + 1 >= labelled.length || !isLettered(labelled[k + 1]!)) return true;
    const end = labelled.findIndex((j, n) => n > k && !isLettered(j));
    const run = labelled.slice(k + 1, end === -1 ? labelled.length : end);
    return figureColumns.every((c) => run.reduce((sum, j) => sum.plus(value(j, c)), ZERO).eq(value(i, c)));
  });
  if (!addsUp) return null;
  const outline = outlineOf(labelled, (i) => (isLettered(i) ? 1 : 0), (i) => rows[i]![column]!.trim(), (i) => rows[i]!.slice(firstFigure).some(filled));
  return outline.groups.size === 0 ? null : { rows: rows.map((cells) => [...cells]), outline };
}

/** The groups of an outline: each name's group is the nearest shallower name above it; a group holds a line, here or deeper. */
function outlineOf(labelled: readonly number[], depthOf: (i: number) => number, name: (i: number) => string, hasFigures: (i: number) => boolean): Outline {
  const isMemo = (i: number) => OF_WHICH.test(name(i));
  const isClosing = (i: number) => codeByName(name(i)) !== '';
  // As for sections (sections.ts): a subtotal closes a group; so does a total named for it ("Total programmes") with lines
  // after it, or before the last total once a group has been closed so; "Total" alone is the table's.
  const lastLine = labelled.findLast((i) => !isClosing(i) && hasFigures(i)) ?? -1;
  const lastTotal = labelled.findLast((i) => codeByName(name(i)) === 'total') ?? -1;
  const closesGroup = (i: number) => {
    const kind = codeByName(name(i));
    if (kind === 'subtotal') return true;
    return kind === 'total' && !/^(grand\s+)?total$/i.test(name(i)) && (i < lastLine || (i !== lastTotal && closes.size > 0));
  };
  const parentRow = new Map<number, number>();
  /** A subtotal under a group's lines, deeper than its name ("Programmes subtotal"): closes that group, by row. */
  const closes = new Map<number, number>();
  const stack: number[] = [];
  for (const i of labelled) {
    // A subtotal deeper than an open name closes it; a Total, a deduction, or a subtotal at the top: the end of every group open.
    if (isClosing(i)) {
      const open = closesGroup(i) ? stack.findLast((k) => depthOf(k) < depthOf(i)) : undefined;
      if (open === undefined) stack.length = 0;
      else {
        closes.set(open, i);
        while (stack.length > 0 && depthOf(stack.at(-1)!) >= depthOf(open)) stack.pop();
      }
      continue;
    }
    while (stack.length > 0 && depthOf(stack.at(-1)!) >= depthOf(i)) stack.pop();
    if (stack.length > 0) parentRow.set(i, stack.at(-1)!);
    if (!isMemo(i)) stack.push(i);
  }
  // A group holds a line: a name under it that is no "of which", and has figures or is a group itself.
  const holders = new Set<number>();
  const lines = labelled.filter((i) => !isClosing(i) && !isMemo(i));
  for (let k = lines.length - 1; k >= 0; k--) {
    const i = lines[k]!;
    const p = parentRow.get(i);
    if (p !== undefined && (hasFigures(i) || holders.has(i))) holders.add(p);
  }
  const groups = new Map<number, { code: string; name: string; parent: string | null; close: number | null }>();
  labelled.filter((i) => holders.has(i)).forEach((i, k) => {
    // Named and numbered as a section's heading is ("A. Programmes", "2. Development").
    const { code, name: named } = sectionLabel(name(i), '', k + 1);
    const p = parentRow.get(i);
    groups.set(i, { code, name: named, parent: p === undefined ? null : (groups.get(p)?.code ?? null), close: closes.get(i) ?? null });
  });
  const closing = new Set([...groups.values()].flatMap((g) => (g.close === null ? [] : [g.close])));
  const parents = new Map<number, string>();
  for (const i of labelled) {
    if (groups.has(i) || isClosing(i)) continue;
    // An "of which" is part of the line above it: in that line's group, beside it.
    const p = parentRow.get(i);
    const group = p === undefined ? undefined : groups.has(p) ? groups.get(p) : groups.get(parentRow.get(p) ?? -1);
    if (group !== undefined) parents.set(i, group.code);
  }
  return { groups, parents, closing };
}

/**
 * Whether a cell is written as a figure: digits with separators, a sign,
 * brackets or per cent (`12 400`, `(3 450)`, `72.34`), or a dash for nil.
 * What tells a table's rows of figures, and its columns of figures, from
 * its labels before any number is read.
 */
const FIGURE = /^(?=.*\d)[\s\d.,'’()%+\-–−]*$|^[-–—]$/;

/** A footnote's mark after a figure ("1 200 a", "1 200 b/", "850(c)", "310*", "95¹"): the note's, not the figure's. */
export const FOOTNOTE = /(?<=\d)(?:\s+[a-z]\/?|\s*\([a-z]\)|\s*[a-z]\/|\s*\*{1,3}|\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$/;

/**
 * The text without a footnote's mark after its figure. A text ending in a
 * digit has none, and most cells of a table do: the mark is looked for only
 * in the others (looking for it in every cell was a tenth of a second of a
 * 20 000-line import, read through several times).
 */
export function withoutFootnote(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 ? text : text.replace(FOOTNOTE, '');
}

export const isFigureText = (cell: string): boolean => FIGURE.test(withoutFootnote(cell.trim()));

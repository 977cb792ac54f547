/**
 * Whether a cell is written as a figure: digits with separators, a sign,
 * brackets or per cent (`12 400`, `(3 450)`, `72.34`), or a dash for nil.
 * What tells a table's rows of figures, and its columns of figures, from
 * its labels before any number is read.
 */
const FIGURE = /^(?=.*\d)[\s\d.,'’()%+\-–−]*$|^[-–—]$/;

/** A footnote's mark after a figure ("1 200 a", "1 200 b/", "850(c)", "310*", "95¹"): the note's, not the figure's. */
export const FOOTNOTE = /(?<=\d)(?:\s+[a-z]\/?|\s*\([a-z]\)|\s*[a-z]\/|\s*\*{1,3}|\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$/;

export const isFigureText = (cell: string): boolean => FIGURE.test(cell.trim().replace(FOOTNOTE, ''));

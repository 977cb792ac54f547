/**
 * Whether a cell is written as a figure: digits with separators, a sign,
 * brackets or per cent (`12 400`, `(3 450)`, `72.34`), or a dash for nil.
 * What tells a table's rows of figures, and its columns of figures, from
 * its labels before any number is read.
 */
const FIGURE = /^(?=.*\d)[\s\d.,'’()%+\-–−]*$|^[-–—]$/;

export const isFigureText = (cell: string): boolean => FIGURE.test(cell.trim());

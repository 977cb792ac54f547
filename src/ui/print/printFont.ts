/**
 * The print view's font size, so that its figures are as wide as the
 * workbook's columns allow: a spreadsheet column is counted in digits of
 * Calibri 11 pt (0.507 em a digit); the browser may print with another
 * font, its digits wider or narrower, so the size is set to give a digit
 * the same width. Measured once, with a canvas.
 */
export const PRINT_FAMILY = "Calibri, Carlito, 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
const CALIBRI_DIGIT = 0.507;
/** Where nothing can be measured (jsdom): Arial's digit. */
const FALLBACK_DIGIT = 0.556;

let measured: number | null = null;

/** The width of a digit of the print font, in ems. */
function digitWidth(): number {
  if (measured !== null) return measured;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    // A page without canvas (a test's DOM): the fallback below.
  }
  if (context === null) return FALLBACK_DIGIT;
  context.font = `100px ${PRINT_FAMILY}`;
  measured = context.measureText('0123456789').width / 1000 || FALLBACK_DIGIT;
  return measured;
}

/** What the print view's sizes are multiplied by, beside the page's scale: at most 1. */
export const fontFactor = (): number => Math.min(1, CALIBRI_DIGIT / digitWidth());

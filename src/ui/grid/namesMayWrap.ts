import { isGroup, type Plan, type PlanLine } from '../../model/plan';
import { t } from '../../i18n/t';
import { NAME_MIN } from './useColumnFit';

/** Stands for a line's name in the lock's words (a character of Unicode's private use, in no name). */
const NAME = '\ue000';

/** An "of which" line's first-line indent (app.css .row-memo: 1.5em). */
const MEMO_INDENT = 21;
/** A cell's padding beside the text (AG Grid's, both sides, with a margin), and a group's show/hide button. */
const PADDING = 40;
const BUTTON = 26;
/** The indent of each level (app.css .depth-n), and the deepest that has its own. */
const INDENT = 18;
const DEEPEST = 3;
/**
 * How far a text may be wider than its characters measured one by one: a
 * font's kerning may loosen a pair as well as tighten it (by a pixel or so:
 * "WAVE Ta" is 59 px whole and 63 px apart in the page's font, "Line 12345
 * (locked)" 138.8 and 139.3). A name whose characters take less than the
 * room over this is not measured whole.
 */
const LOOSENED = 1.1;

/**
 * The lines found to fit, each with the depth it was found at, by the font
 * and the lock's words they were measured with. An edit makes again only the
 * lines it changes: the others are not measured again (reading 20 000
 * names through at every edit took 16 ms of it, timed in Node).
 */
const fittingLines = new Map<string, WeakMap<PlanLine, number>>();

/** A text's width in the grid's font, regular or bold (600). */
export type MeasureText = (text: string, isBold: boolean) => number;

/**
 * Whether some line's name, or one of the `totals` rows shown (Subtotal, the
 * reduction, Total, a table of categories' row of column shares), a line locked, at its indent and weight, could be wider than
 * the name column at its narrowest, and so wrap. Only then do the
 * rows grow to fit their names: measuring each row's height as it is drawn
 * forced a layout per row, most of each frame when a 2 000-line plan of short
 * names scrolled (about 80 ms a frame). Measured with the page's own font; where
 * the page cannot measure text (tests without a canvas) the rows always fit.
 */
export function namesMayWrap(lines: Plan['lines'], totals: readonly string[], fontSize: number): boolean {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context === null) return true;
  const family = getComputedStyle(document.documentElement).fontFamily;
  const lockWords = t('app.grid.locked', { name: NAME });
  const fitsKey = `${fontSize}px ${family}\n${lockWords}`;
  const fits = fittingLines.get(fitsKey) ?? new WeakMap<PlanLine, number>();
  fittingLines.set(fitsKey, fits);
  let font = '';
  return namesWiderThanRoom(lines, totals, fits, (text, isBold) => {
    const wanted = `${isBold ? 600 : 400} ${fontSize}px ${family}`;
    // Set only when it changes: the canvas reads the font's text again at every setting.
    if (font !== wanted) context.font = font = wanted;
    return context.measureText(text).width;
  });
}

/**
 * {@link namesMayWrap} with the text measured by `measure`. A name is
 * measured whole only where its characters, each measured once, could fill
 * the room: kerning, ligatures and joined letters make a text narrower than
 * its characters apart (a looser pair is allowed for, LOOSENED). Measuring
 * each of 20 000 names whole took a quarter of a second of a plan's import.
 * `fits` holds the lines already found to fit, each with its depth, for
 * calls made with the same measure and words: only others are read.
 */
export function namesWiderThanRoom(lines: Plan['lines'], totals: readonly string[], fits: WeakMap<PlanLine, number>, measure: MeasureText): boolean {
  const characters = [new Map<string, number>(), new Map<string, number>()] as const;
  const apart = (text: string, isBold: boolean) => {
    const known = characters[isBold ? 1 : 0];
    let width = 0;
    for (const character of text) {
      let each = known.get(character);
      if (each === undefined) known.set(character, (each = measure(character, isBold)));
      width += each;
    }
    return width;
  };
  // Groups, Subtotal and Total are bold, and a group has its button.
  const isWide = (text: string, depth: number, isBold: boolean, beside: number) => {
    const room = NAME_MIN - INDENT * Math.min(depth, DEEPEST) - PADDING - beside;
    return apart(text, isBold) * LOOSENED > room && measure(text, isBold) > room;
  };
  // A row below the lines is never locked.
  if (totals.some((name) => isWide(name, 0, true, 0))) return true;
  // A name may carry the lock's words beside it: their message made once, not once a line of a plan of thousands.
  const [before = '', after = ''] = t('app.grid.locked', { name: NAME }).split(NAME);
  const isLineWide = (line: PlanLine, depth: number) => {
    if (fits.get(line) === depth) return false;
    const text = `${before}${line.name}${after}`;
    if (isGroup(line) ? isWide(text, depth, true, BUTTON) : isWide(text, depth, false, line.memo === true ? MEMO_INDENT : 0)) return true;
    fits.set(line, depth);
    return false;
  };
  // A loop, not walkLines: its generator took as long as the rest over 20 000 lines.
  const anyWide = (level: readonly PlanLine[], depth: number): boolean =>
    level.some((line) => isLineWide(line, depth) || (isGroup(line) && anyWide(line.children, depth + 1)));
  return anyWide(lines, 0);
}

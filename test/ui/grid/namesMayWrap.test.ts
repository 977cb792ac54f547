import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkLines, type GroupLine, type LeafLine, type PlanLine } from '../../../src/model/plan';
import { namesWiderThanRoom, type MeasureText } from '../../../src/ui/grid/namesMayWrap';
import { t } from '../../../src/i18n/t';

/** A font of the test's own: each character its width, a text its characters' widths tightened (up to a fifth) or loosened (up to a tenth) by its pairs. */
const charWidth = (character: string, isBold: boolean) => 3 + (character.codePointAt(0)! % 11) + (isBold ? 1 : 0);
const pairs = (text: string) => [...text].reduce((sum, character) => (sum * 31 + character.codePointAt(0)!) % 1000, 7) / 1000;
const measure: MeasureText = (text, isBold) => [...text].reduce((sum, character) => sum + charWidth(character, isBold), 0) * ([...text].length === 1 ? 1 : 0.8 + 0.3 * pairs(text));

/** The answer with every name measured whole: the room is the name column's least width (200) less the indent, padding and button. */
function measuredWhole(lines: readonly PlanLine[], totals: readonly string[]): boolean {
  const [before = '', after = ''] = t('app.grid.locked', { name: '\ue000' }).split('\ue000');
  const room = (depth: number, beside: number) => 200 - 18 * Math.min(depth, 3) - 40 - beside;
  if (totals.some((name) => measure(name, true) > room(0, 0))) return true;
  return [...walkLines(lines)].some(({ line, depth }) => {
    const text = `${before}${line.name}${after}`;
    return 'children' in line ? measure(text, true) > room(depth, 26) : measure(text, false) > room(depth, line.memo === true ? 21 : 0);
  });
}

const name = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZéüçأبتथदحलم漢字🙂-'), maxLength: 40 });
const leaf = fc.record({ code: fc.constant('L'), name, amounts: fc.constant([]), memo: fc.boolean() }) as fc.Arbitrary<LeafLine>;
const { line } = fc.letrec<{ line: PlanLine }>((tie) => ({
  line: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.record({ code: fc.constant('G'), name, children: fc.array(tie('line'), { minLength: 1, maxLength: 4 }) }) as fc.Arbitrary<GroupLine>),
}));

describe('whether a name may wrap', () => {
  it('is the answer of every name measured whole, though most are measured only by their characters', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(name, { maxLength: 3 }), (lines, totals) => {
        expect(namesWiderThanRoom(lines, totals, new WeakMap(), measure)).toBe(measuredWhole(lines, totals));
      }),
      { numRuns: 500 },
    );
  });

  it('measures a short name by its characters alone, and one that could fill the room whole', () => {
    const measured: string[] = [];
    const counting: MeasureText = (text, isBold) => (measured.push(text), measure(text, isBold));
    const short: LeafLine = { code: 'A', name: 'Abc', amounts: [] };
    expect(namesWiderThanRoom([short], [], new WeakMap(), counting)).toBe(false);
    expect(measured.every((text) => [...text].length === 1)).toBe(true);
    measured.length = 0;
    const long: LeafLine = { code: 'B', name: 'A name long enough to fill the column', amounts: [] };
    expect(namesWiderThanRoom([short, long], [], new WeakMap(), counting)).toBe(true);
    expect(measured.some((text) => text.includes('A name long enough'))).toBe(true);
  });

  it('measures again only the lines an edit made again, and a line moved to another depth', () => {
    // Each character 8 px apart, 7 px in a text: a name of 20 characters with the lock's words is measured whole, and fits.
    const measured: string[] = [];
    const tight: MeasureText = (text) => (measured.push(text), [...text].length * ([...text].length === 1 ? 8 : 7));
    const fits = new WeakMap<PlanLine, number>();
    const lines: LeafLine[] = Array.from({ length: 50 }, (_, i) => ({ code: `L${i}`, name: `Line no. ${String(i).padStart(2, '0')}`, amounts: [] }));
    const wholes = () => measured.filter((text) => text.includes('Line no.'));
    expect(namesWiderThanRoom(lines, [], fits, tight)).toBe(false);
    expect(wholes()).toHaveLength(50);
    measured.length = 0;
    const edited = lines.map((line, i) => (i === 7 ? { ...line } : line));
    expect(namesWiderThanRoom(edited, [], fits, tight)).toBe(false);
    expect(wholes()).toEqual([expect.stringContaining('Line no. 07')]);
    measured.length = 0;
    // One level down, every line is measured again.
    expect(namesWiderThanRoom([{ code: 'G', name: 'G', children: edited }], [], fits, tight)).toBe(false);
    expect(wholes()).toHaveLength(50);
    // A name that fits at the top does not three levels down: the fit found at one depth is not taken for another.
    const short: LeafLine = { code: 'X', name: 'x'.repeat(8), amounts: [] };
    expect(namesWiderThanRoom([short], [], fits, tight)).toBe(false);
    const nest = (line: PlanLine, depth: number): PlanLine => (depth === 0 ? line : { code: `G${depth}`, name: 'G', children: [nest(line, depth - 1)] });
    expect(namesWiderThanRoom([nest(short, 3)], [], fits, tight)).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AmountError,
  DOCUMENT_STYLE,
  Dec,
  formatAmount,
  decimalText,
  parseAmount,
  parsePercent,
  type NumberStyle,
} from '../../src/model/amount';
import { formatPercent, percentHalfUp } from '../../src/model/share';
import { amountArb } from '../support/arbitraries';

const SWISS: NumberStyle = { id: 'swiss', group: "'", decimal: '.' };
const ENGLISH: NumberStyle = { id: 'english', group: ',', decimal: '.' };
const parse = (text: string, scale = 0, style = DOCUMENT_STYLE) => parseAmount(text, { style, scale });
const value = (text: string, scale = 0, style = DOCUMENT_STYLE) => {
  const result = parse(text, scale, style);
  return result.ok ? result.value.toFixed() : `error:${result.error.code}`;
};

describe('reading amounts', () => {
  it.each([
    ['57023', '57023'],
    ['57 023', '57023'],
    ['57\u00a0023', '57023'],
    ['57\u202f023', '57023'],
    ["57'023", '57023'],
    ['57\u2019023', '57023'],
    ['  1 000 000 ', '1000000'],
    ['-1 000', '-1000'],
    ['\u22121 000', '-1000'],
    ['(1 000)', '-1000'],
    ['( 1 000 )', '-1000'],
    ['- 7 420', '-7420'],
    ['0', '0'],
    ['-0', '0'],
    ['1 000,00', '1000'],
  ])('accepts %j as %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('accepts the style’s decimal mark up to the plan’s precision', () => {
    expect(value('57 023,5', 1)).toBe('57023.5');
    expect(value("57'023.25", 2, SWISS)).toBe('57023.25');
    expect(value('57,023.25', 2, ENGLISH)).toBe('57023.25');
    // No group of thousands begins with 0: `0,125` reads one way.
    expect(value('0,125', 3)).toBe('0.125');
    expect(value('0.125', 3, ENGLISH)).toBe('0.125');
    expect(value('1,125', 3)).toBe('error:ambiguous');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid-character'],
    ['12a', 'invalid-character'],
    ['1e5', 'invalid-character'],
    ['57.023', 'ambiguous'],
    ['57.5', 'wrong-decimal-mark'],
    ['57,5', 'too-many-decimals'],
    ['1 00', 'bad-grouping'],
    ['1 0000', 'bad-grouping'],
    ["1 000'000", 'bad-grouping'],
    ['1  000', 'bad-grouping'],
    ['--5', 'misplaced-sign'],
    ['5-', 'misplaced-sign'],
    ['+5', 'misplaced-sign'],
    ['(5', 'misplaced-sign'],
    ['-', 'malformed'],
    ['()', 'malformed'],
    [',5', 'malformed'],
    ['5,', 'malformed'],
    ['1,2,3', 'malformed'],
    ['1234567890123456', 'too-large'],
  ])('refuses %j (%s)', (text, code) => {
    expect(value(text)).toBe(`error:${code}`);
  });

  it('refuses the other style’s decimal mark', () => {
    expect(value('57,5', 1, SWISS)).toBe('error:wrong-decimal-mark');
    expect(value('57.5', 1)).toBe('error:wrong-decimal-mark');
  });

  it('never throws on any string, and always gives a value or a typed error', () => {
    const pieces = fc.constantFrom('0', '5', '9', ' ', '\u00a0', '\u202f', "'", '\u2019', ',', '.', '-', '\u2212', '(', ')', '+', 'e', 'x', '%', '\t');
    const texts = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(pieces, { maxLength: 24 }).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 3 }), fc.constantFrom(DOCUMENT_STYLE, SWISS, ENGLISH), (text, scale, style) => {
        const result = parseAmount(text, { style, scale });
        const isSound = result.ok ? result.value.decimalPlaces() <= scale : result.error instanceof AmountError;
        expect(isSound).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads a figure written in one style as another value in any style: the amount meant, or a refusal', () => {
    fc.assert(
      fc.property(
        // Small figures too: `5,000` is where a thousandfold misreading hides.
        fc.integer({ min: 0, max: 3 }).chain((scale) =>
          fc.tuple(fc.constant(scale), fc.oneof(amountArb(scale, 10n ** 14n), amountArb(scale, 10n ** 7n), amountArb(scale, 10n ** 4n))),
        ),
        fc.constantFrom(DOCUMENT_STYLE, SWISS, ENGLISH),
        fc.constantFrom(DOCUMENT_STYLE, SWISS, ENGLISH),
        ([scale, amount], writer, reader) => {
          const result = parseAmount(formatAmount(amount, writer, scale), { style: reader, scale });
          expect(!result.ok || result.value.eq(amount)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads back exactly what it formats, in every style and precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }).chain((scale) => fc.tuple(fc.constant(scale), amountArb(scale, 10n ** 14n))),
        fc.constantFrom(DOCUMENT_STYLE, SWISS, ENGLISH),
        ([scale, amount], style) => {
          // The style's own writing reads back as the amount, or (`57,023` in English) is refused naming it among two readings.
          const result = parseAmount(formatAmount(amount, style, scale), { style, scale });
          const readings = result.ok ? [result.value] : [result.error.readings?.thousands, result.error.readings?.decimal];
          expect(readings.some((value) => value?.eq(amount))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('writing amounts and shares', () => {
  it.each([
    ['57023', 0, '57 023'],
    ['-1000', 0, '-1 000'],
    ['999', 0, '999'],
    ['1000000', 0, '1 000 000'],
    ['0', 0, '0'],
    ['-0.4', 0, '0'],
    ['12.5', 2, '12,50'],
  ])('writes %s with %i decimals as %j', (amount, scale, text) => {
    expect(formatAmount(new Dec(amount), DOCUMENT_STYLE, scale)).toBe(text);
  });

  it('rounds shares half-up from the exact ratio, exactly on the half too', () => {
    const pct = (part: string, whole: string) => percentHalfUp({ part: new Dec(part), whole: new Dec(whole) })?.toFixed(2);
    expect(pct('7213', '20000')).toBe('36.07'); // 36.065 exactly
    expect(pct('-7213', '20000')).toBe('-36.07');
    expect(pct('1', '3')).toBe('33.33');
    expect(pct('2', '3')).toBe('66.67');
    expect(pct('-7420', '651671')).toBe('-1.14');
    expect(pct('1', '0')).toBeUndefined();
  });

  it('writes shares like the document', () => {
    expect(formatPercent({ part: new Dec(235043), whole: new Dec(651671) }, DOCUMENT_STYLE)).toBe('36,07%');
    expect(formatPercent({ part: new Dec(1), whole: new Dec(0) }, DOCUMENT_STYLE)).toBe('–');
  });
});

describe('reading percentages', () => {
  it('never reads a percentage written in one style as another value in any style: the value meant, or a refusal', () => {
    const percent = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).chain((units) => fc.integer({ min: 0, max: 6 }).map((places) => new Dec(units.toString()).div(new Dec(10).pow(places))));
    fc.assert(
      fc.property(percent, fc.constantFrom(DOCUMENT_STYLE, SWISS, ENGLISH), fc.constantFrom(DOCUMENT_STYLE, SWISS, ENGLISH), fc.boolean(), (value, writer, reader, withSign) => {
        const result = parsePercent(`${decimalText(value, writer)}${withSign ? ' %' : ''}`, { style: reader, scale: 6 });
        expect(!result.ok || result.value.eq(value)).toBe(true);
        // Only a mark before three digits is refused: everything else is read.
        expect(result.ok || /[.,]\d{3}$/.test(decimalText(value, writer))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

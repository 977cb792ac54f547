import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, ENGLISH_STYLE, SWISS_STYLE, formatAmount, parseAmount } from '../../src/model/amount';
import { formatExact, formatShown, fromShown, inputScale, unitLabel } from '../../src/model/displayUnit';
import { baselinePlan } from '../../src/state/baseline';

const plan = baselinePlan();
const d = (v: string | number) => new Dec(v);

describe('number styles', () => {
  it.each([
    [DOCUMENT_STYLE, '57 023', '-1 000', '1 234 567,50'],
    [SWISS_STYLE, "57'023", '-1\'000', "1'234'567.50"],
    [ENGLISH_STYLE, '57,023', '-1,000', '1,234,567.50'],
  ])('write amounts in the %s style', (style, a, b, c) => {
    expect(formatAmount(d(57023), style, 0)).toBe(a);
    expect(formatAmount(d(-1000), style, 0)).toBe(b);
    expect(formatAmount(d('1234567.5'), style, 2)).toBe(c);
    // English `57,023` reads two ways (57 023, or 57.023 in the document's style): it is never taken silently.
    const read = parseAmount(a, { style, scale: 0 });
    expect(read.ok ? read.value.toFixed() : read.error.readings?.thousands.toFixed()).toBe('57023');
  });
});

describe('thousands or millions, for display only', () => {
  it('shows millions with one decimal, half-up, and labels the unit', () => {
    expect(formatShown(d(57023), plan, DOCUMENT_STYLE, 'millions')).toBe('57,0');
    expect(formatShown(d(651671), plan, ENGLISH_STYLE, 'millions')).toBe('651.7');
    expect(formatShown(d(-1050), plan, SWISS_STYLE, 'millions')).toBe('-1.1');
    expect(formatShown(d(57023), plan, DOCUMENT_STYLE, 'plan')).toBe('57 023');
    expect(unitLabel(plan, 'millions')).toBe('CHF millions');
    expect(unitLabel(plan, 'plan')).toBe('CHF thousands');
  });

  it('reads figures typed in millions exactly, in thousands', () => {
    expect(inputScale(plan, 'millions')).toBe(3);
    expect(fromShown(d('60.5'), plan, 'millions').toFixed()).toBe('60500');
    // Three decimals would read two ways (57.023 or 57 023): a fourth keeps a copied figure one figure.
    expect(formatExact(d(57023), plan, SWISS_STYLE, 'millions')).toBe('57.0230');
    expect(formatExact(d(1057023), plan, SWISS_STYLE, 'millions')).toBe('1057.023');
    expect(formatExact(d(57023), plan, DOCUMENT_STYLE, 'plan')).toBe('57023');
  });
});

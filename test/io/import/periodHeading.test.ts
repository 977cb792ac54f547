import { describe, expect, it } from 'vitest';
import { periodHeading } from '../../../src/io/import/periodHeading';

describe('a period heading as published tables write it', () => {
  it.each([
    ['2014', '2014'],
    ['y2014', '2014'],
    ['Y2014', '2014'],
    ['FY2014', '2014'],
    ['FY 2014', '2014'],
    ['Budget 2014', '2014'],
    ['2014 Budget', '2014'],
    ['Approved budget 2014', '2014'],
    ['2008-09', '2008-2009'],
    ['2008/09', '2008-2009'],
    ['2008–2009', '2008-2009'],
    ['2008 - 2009', '2008-2009'],
    ['1999-00', '1999-2000'],
    ['Budget 2010-2011', '2010-2011'],
    ['Forecast 2012-2015', '2012-2015'],
    ['Total 2014-2020', '2014-2020'],
    ['2014 to 2020', '2014-2020'],
    ['Programme budget 2010-2011', '2010-2011'],
    ['2026 (USD)', '2026'],
    ['2026 a/', '2026'],
    ['2026*', '2026'],
    ['2026 *', '2026'],
    ['2026.0', '2026'],
    ['2029 (est.)', '2029'],
    ['2027 (prov.)', '2027'],
    ['Draft budget 2030-2031', '2030-2031'],
    ['2026 outturn', '2026'],
    ['Budget révisé 2026', '2026'],
    ['Total (USD)', null],
    ['Est. (USD)', null],
  ])('reads %s as %s', (text, period) => {
    expect(periodHeading(text)).toBe(period);
  });

  it.each(['code', 'name', 'variance', 'rg_change', 'variance_pct', 'Real growth 2014', 'Change 2014-2015', '%', 'In %', '2014-2012', '20145', 'Sector', 'L0001', 'L2028', '1899', '2200', '12028', '0001'])(
    'does not take %s for a period',
    (text) => {
      expect(periodHeading(text)).toBeNull();
    },
  );
});

import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/model/operations/fields';
import { OPERATIONS } from '../../src/model/operations/registry';
import { publishedAppendix } from '../../src/state/baseline';

describe('the operation form’s labels', () => {
  it('name the plan’s input columns as they are: years, periods longer than a year, or categories', () => {
    const appendix = publishedAppendix();
    const said = (label: Label, plan: typeof appendix) => (typeof label === 'string' ? label : label(plan));
    const labels = (plan: typeof appendix) => [said(OPERATIONS.transfer.fields.amount.label, plan), said(OPERATIONS.transfer.fields.years.label, plan)];
    expect(labels(appendix)).toEqual(['Amount per year (CHF thousands)', 'Years']);
    expect(labels({ ...appendix, years: ['2010-2011', '2012-2015'] })).toEqual(['Amount per period (CHF thousands)', 'Periods']);
    expect(labels({ ...appendix, years: ['GS', 'BR'], columnsAre: 'categories' })).toEqual(['Amount per category (CHF thousands)', 'Categories']);
    expect(labels({ ...appendix, years: ['2014/15', '2015/16'] })).toEqual(['Amount per year (CHF thousands)', 'Years']);
  });
});

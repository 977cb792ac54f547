import type { ColDef } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE } from '../../../src/model/amount';
import { baselinePlan } from '../../../src/state/baseline';
import { buildColumns } from '../../../src/ui/grid/gridColumns';

const codeWidth = (longestCode?: number) => (buildColumns(baselinePlan(), DOCUMENT_STYLE, 'plan', longestCode)[0] as ColDef).width;

describe('the code column', () => {
  it('is as wide as Appendix A needs for its codes, and wider for long ones, which must be read whole to be typed', () => {
    expect(codeWidth(3)).toBe(56);
    expect(codeWidth(6)).toBeGreaterThanOrEqual(70);
    expect(codeWidth(12)).toBeGreaterThan(codeWidth(6)!);
  });
});

import type { ColDef } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE } from '../../../src/model/amount';
import { baselinePlan } from '../../../src/state/baseline';
import { buildColumns } from '../../../src/ui/grid/gridColumns';
import { NameCell } from '../../../src/ui/grid/NameCell';

const codeWidth = (longestCode?: number) => (buildColumns(baselinePlan(), DOCUMENT_STYLE, 'plan', longestCode)[0] as ColDef).width;

describe('the code column', () => {
  it('is as wide as Appendix A needs for its codes, and wider for long ones, which must be read whole to be typed', () => {
    expect(codeWidth(3)).toBe(56);
    expect(codeWidth(6)).toBeGreaterThanOrEqual(70);
    expect(codeWidth(12)).toBeGreaterThan(codeWidth(6)!);
  });
});

describe('the name column', () => {
  const nameColumn = buildColumns(baselinePlan(), DOCUMENT_STYLE, 'plan')[1] as ColDef;
  const rendererFor = (value: { text: string; isGroup: boolean }) =>
    nameColumn.cellRendererSelector!({ value } as Parameters<NonNullable<ColDef['cellRendererSelector']>>[0]);

  it("draws a group's name with its show/hide button, and a line's as the grid's own text", () => {
    expect(nameColumn.colId).toBe('name');
    expect(rendererFor({ text: 'Connectivity', isGroup: true })?.component).toBe(NameCell);
    expect(rendererFor({ text: 'Line 1', isGroup: false })).toBeUndefined();
    const format = nameColumn.valueFormatter as (params: { value: unknown }) => string;
    expect(format({ value: { text: 'Line 1', isGroup: false } })).toBe('Line 1');
  });
});

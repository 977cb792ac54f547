import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay } from '../../src/model/proposal';
import type { Scenario } from '../../src/model/scenario';
import { exportRequest } from '../../src/io/exportRequest';
import { workbookForRequest } from '../../src/io/requestWorkbook';
import { workbookBytes } from '../../src/io/xlsxExport';
import { longPlan } from '../support/plans';
import { entry, plan, scenario, workbook } from '../support/workbooks';

/** Every cell of every sheet, value and formula, by sheet name: what a reader of the workbook sees. */
function cells(bytes: Uint8Array): Record<string, Record<string, unknown>> {
  const read = XLSX.read(bytes, { cellFormula: true, cellDates: true });
  return Object.fromEntries(read.SheetNames.map((name) => [name, Object.fromEntries(Object.entries(read.Sheets[name]!).filter(([key]) => !key.startsWith('!')).map(([key, cell]) => [key, [cell.v, cell.f]]))]));
}

const EXPORTED_AT = new Date('2026-11-22T10:00:00Z');

describe('a workbook made from its request, as the export worker makes it', () => {
  it('holds the same sheets, figures and formulas as the workbook made in the page', async () => {
    const disabled = { ...scenario, id: 's2', name: 'With one change off', entries: scenario.entries.map((e, i) => (i === 1 ? { ...e, enabled: false } : e)) };
    const direct = workbook(true, [scenario, disabled].map((s) => ({ scenario: s, replay: replay(initialState(plan), s.entries) })));
    const stages: string[] = [];
    const request = exportRequest(plan, [scenario, disabled], { style: DOCUMENT_STYLE, displayUnit: 'plan', exportedAt: EXPORTED_AT, appVersion: '0.1.0' });
    // The request crosses to the worker by structured cloning: plain JSON survives it whole.
    const bytes = await workbookForRequest(structuredClone(request), (stage) => stages.push(stage));
    const fromRequest = cells(bytes);
    expect(Object.keys(fromRequest)).toEqual(['Published baseline 2028-2031', 'Financial plan', '-Delegation X', 'FP -Delegation X', 'With one change off', 'FP With one change off', 'Δ -Delegation X', 'Δ With one change off', 'Proposal', 'Notes']);
    expect(fromRequest).toEqual(cells(await workbookBytes(direct)));
    expect(stages).toEqual(['replaying the scenarios', 'writing the sheets', 'compressing the file']);
  });

  it('carries an imported plan and figures with decimals exactly', async () => {
    const imported = { ...longPlan(30), id: 'imported', precision: 2, envelope: new Dec('1234.56') };
    const moved: Scenario = { ...scenario, planId: 'imported', entries: [entry({ op: 'set', line: 'P1', year: imported.years[0]!, value: new Dec('10.05') })] };
    const request = exportRequest(imported, [moved], { style: DOCUMENT_STYLE, displayUnit: 'plan', exportedAt: EXPORTED_AT, appVersion: '0.1.0' });
    const fromRequest = cells(await workbookForRequest(structuredClone(request)));
    const direct = workbook(true, [{ scenario: moved, replay: replay(initialState(imported), moved.entries) }], { plan: imported, base: replay(initialState(imported), []) });
    expect(fromRequest).toEqual(cells(await workbookBytes(direct)));
    expect(JSON.stringify(fromRequest)).toContain('10.05');
  });
});

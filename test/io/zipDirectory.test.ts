import { describe, expect, it } from 'vitest';
import { buildWorkbook, workbookBytes } from '../../src/io/xlsxExport';
import { workbookContainerProblem } from '../../src/io/zipDirectory';
import { DOCUMENT_STYLE } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay } from '../../src/model/proposal';
import { baselinePlan } from '../../src/state/baseline';

/** A zip whose directory declares parts of these sizes, with nothing in them: all the checker reads. */
function declaredZip(parts: readonly { compressed: number; size: number }[]): Uint8Array {
  const local = [0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 26 }, () => 0)];
  const central = parts.flatMap(({ compressed, size }) => {
    const entry = new Uint8Array(46 + 1);
    const view = new DataView(entry.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(20, compressed, true);
    view.setUint32(24, size, true);
    view.setUint16(28, 1, true);
    entry[46] = 0x61;
    return [...entry];
  });
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(10, parts.length, true);
  view.setUint32(16, local.length, true);
  return new Uint8Array([...local, ...central, ...end]);
}

describe('a workbook’s container, before anything is inflated', () => {
  it('refuses a zip bomb on what it declares, saying so', () => {
    const bomb = declaredZip(Array.from({ length: 4 }, () => ({ compressed: 2_000_000, size: 2_040_109_465 })));
    expect(workbookContainerProblem(bomb)).toBe('one of its parts declares 1946 MB from 1953 kB, a ratio no spreadsheet has (a zip bomb)');
    const many = declaredZip(Array.from({ length: 4 }, () => ({ compressed: 30_000_000, size: 60_000_000 })));
    expect(workbookContainerProblem(many)).toBe('it would inflate to 229 MB, more than 200 MB');
  });

  it('says what random bytes and a truncated zip are, and lets a real workbook through', () => {
    expect(workbookContainerProblem(new Uint8Array([1, 2, 3, 4, 5, 6]))).toBe('it is neither an Excel workbook (.xlsx, a zip) nor an old .xls file');
    const plan = baselinePlan();
    const real = workbookBytes(buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' }));
    expect(workbookContainerProblem(real)).toBeNull();
    expect(workbookContainerProblem(real.subarray(0, real.length - 100))).toMatch(/^it is damaged/);
  });
});

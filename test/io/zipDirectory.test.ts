import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, workbookBytes } from '../../src/io/xlsxExport';
import { inflationProblem, workbookContainerProblem } from '../../src/io/zipDirectory';
import { workbookRows } from '../../src/io/xlsxImport';
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

/** A one-part zip holding `data` deflated, whose headers declare it inflates to `declared` bytes. */
function lyingZip(data: Uint8Array, declared: number): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const body = deflateRawSync(data);
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, body.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, body.length, true);
  cv.setUint32(24, declared, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + body.length, true);
  return new Uint8Array([...local, ...body, ...central, ...end]);
}

describe('a workbook’s parts, inflated as a stream before the reader inflates them', () => {
  it('refuses a part that inflates to more than it declares, before the reader sees it', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const lying = lyingZip(zeros, 1000);
    // Its declarations are harmless: only inflating shows what it holds.
    expect(workbookContainerProblem(lying)).toBeNull();
    expect(await inflationProblem(lying)).toBe('its part “xl/worksheets/sheet1.xml” inflates to more than the 1000 bytes it declares (a zip bomb)');
    await expect(workbookRows(lying)).rejects.toThrow(/inflates to more than the 1000 bytes it declares/);
    // Told the truth, the same part passes.
    expect(await inflationProblem(lyingZip(zeros, zeros.length))).toBeNull();
  });

  it('names a part that is no deflate stream, and lets a real workbook through', async () => {
    const broken = lyingZip(new Uint8Array(100), 100);
    broken.fill(0xff, 30 + 24, 30 + 24 + 4);
    expect(await inflationProblem(broken)).toBe('it is damaged: its part “xl/worksheets/sheet1.xml” cannot be inflated');
    const plan = baselinePlan();
    const real = await workbookBytes(buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' }));
    expect(await inflationProblem(real)).toBeNull();
  });
});

describe('a workbook’s container, before anything is inflated', () => {
  it('refuses a zip bomb on what it declares, saying so', () => {
    const bomb = declaredZip(Array.from({ length: 4 }, () => ({ compressed: 2_000_000, size: 2_040_109_465 })));
    expect(workbookContainerProblem(bomb)).toBe('one of its parts declares 1946 MB from 1953 kB, a ratio no spreadsheet has (a zip bomb)');
    const many = declaredZip(Array.from({ length: 4 }, () => ({ compressed: 30_000_000, size: 60_000_000 })));
    expect(workbookContainerProblem(many)).toBe('it would inflate to 229 MB, more than 200 MB');
  });

  it('says what random bytes and a truncated zip are, and lets a real workbook through', async () => {
    expect(workbookContainerProblem(new Uint8Array([1, 2, 3, 4, 5, 6]))).toBe('it is neither an Excel workbook (.xlsx, a zip) nor an old .xls file');
    const plan = baselinePlan();
    const real = await workbookBytes(buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' }));
    expect(workbookContainerProblem(real)).toBeNull();
    expect(workbookContainerProblem(real.subarray(0, real.length - 100))).toMatch(/^it is damaged/);
  });
});

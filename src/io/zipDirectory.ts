/**
 * What a workbook's container declares, read before anything is inflated:
 * an .xlsx is a zip, whose central directory lists every part with its
 * compressed and inflated size. A few kilobytes can declare gigabytes (a zip
 * bomb) and take the browser's memory with them; such a file is refused on
 * its declarations, with what it declares. An old .xls is not a zip and is
 * left to the reader.
 */

/** Most a workbook may inflate to, all its parts together. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Most parts a workbook may have. */
const MAX_PARTS = 10_000;
/** Beyond this ratio a part that inflates to more than a megabyte is a bomb, not a spreadsheet (sheets compress about 10:1). */
const MAX_RATIO = 200;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MB = 1024 * 1024;

const isOldXls = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Why the bytes are no workbook to inflate, or null when their container may be read. */
export function workbookContainerProblem(bytes: Uint8Array): string | null {
  if (isOldXls(bytes)) return null;
  if (!isZip(bytes)) return 'it is neither an Excel workbook (.xlsx, a zip) nor an old .xls file';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end === -1) return 'it is damaged: its zip directory is missing (a truncated or broken file)';
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > MAX_PARTS) return `it has ${count} parts, more than the ${MAX_PARTS} a workbook has`;
  let inflated = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return 'it is damaged: its zip directory is broken';
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) return 'it declares a part of more than 4 GB';
    if (size > MB && size > compressed * MAX_RATIO) return `one of its parts declares ${(size / MB).toFixed(0)} MB from ${(compressed / 1024).toFixed(0)} kB, a ratio no spreadsheet has (a zip bomb)`;
    inflated += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (inflated > MAX_INFLATED_BYTES) return `it would inflate to ${(inflated / MB).toFixed(0)} MB, more than ${MAX_INFLATED_BYTES / MB} MB`;
  return null;
}

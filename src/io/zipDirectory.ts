import { t } from '../i18n/t';

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
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

const isOldXls = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

interface Part {
  readonly name: string;
  /** 0 stored, 8 deflated: all a workbook uses. */
  readonly method: number;
  readonly compressed: number;
  /** What the directory says it inflates to. */
  readonly size: number;
  /** Where its local header starts. */
  readonly local: number;
}

/** The parts the central directory lists, or why it cannot be read. */
function directory(bytes: Uint8Array): readonly Part[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end === -1) return t('io.zip.noDirectory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > MAX_PARTS) return t('io.zip.tooManyParts', { count, max: String(MAX_PARTS) });
  const parts: Part[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return t('io.zip.brokenDirectory');
    const nameLength = view.getUint16(at + 28, true);
    parts.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

/** Why the bytes are no workbook to inflate, or null when their container may be read. */
export function workbookContainerProblem(bytes: Uint8Array): string | null {
  if (isOldXls(bytes)) return null;
  if (!isZip(bytes)) return t('io.zip.notWorkbook');
  const parts = directory(bytes);
  if (typeof parts === 'string') return parts;
  let inflated = 0;
  for (const { compressed, size } of parts) {
    if (size === 0xffffffff || compressed === 0xffffffff) return t('io.zip.hugePart');
    if (size > MB && size > compressed * MAX_RATIO) return t('io.zip.ratio', { size: (size / MB).toFixed(0), compressed: (compressed / 1024).toFixed(0) });
    inflated += size;
  }
  if (inflated > MAX_INFLATED_BYTES) return t('io.zip.tooLarge', { size: (inflated / MB).toFixed(0), max: String(MAX_INFLATED_BYTES / MB) });
  return null;
}

/** How many bytes `data` inflates to, counted as it streams and stopped past `limit`; null when it is no deflate stream. */
async function inflatedSize(data: Uint8Array<ArrayBuffer>, limit: number): Promise<number | null> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return size;
      }
    }
  } catch {
    return null;
  }
}

/**
 * A zip may declare small parts and hold huge ones: the declarations checked,
 * each part is inflated here as a stream, counted and thrown away, and the
 * file is refused at the first part that inflates to more than it declares,
 * before the reader inflates anything whole. Memory stays at one chunk.
 */
export async function inflationProblem(bytes: Uint8Array): Promise<string | null> {
  if (isOldXls(bytes) || !isZip(bytes)) return null;
  const parts = directory(bytes);
  if (typeof parts === 'string') return parts;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const part of parts) {
    if (part.local + 30 > bytes.length || view.getUint32(part.local, true) !== LOCAL) return t('io.zip.misplacedPart', { name: part.name });
    const start = part.local + 30 + view.getUint16(part.local + 26, true) + view.getUint16(part.local + 28, true);
    if (start + part.compressed > bytes.length) return t('io.zip.truncatedPart', { name: part.name });
    if (part.method !== 0 && part.method !== 8) return t('io.zip.method', { name: part.name, method: String(part.method) });
    const inflated = part.method === 0 ? part.compressed : await inflatedSize(bytes.slice(start, start + part.compressed), part.size);
    if (inflated === null) return t('io.zip.uninflatable', { name: part.name });
    if (inflated > part.size) return t('io.zip.bomb', { name: part.name, size: String(part.size) });
  }
  return null;
}

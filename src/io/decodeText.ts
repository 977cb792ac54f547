import { t } from '../i18n/t';

/**
 * Bytes of a text file to a string, whatever Excel or a colleague saved it
 * as: UTF-8 with or without a byte-order mark, UTF-16 (LE or BE, with a mark,
 * or LE without one, as Excel's "Unicode text" writes), and Windows-1252
 * (Excel's "CSV" on Western Windows) when the bytes are not valid UTF-8.
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksLikeUtf16Le(bytes)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (hasUtf8Sequences(bytes)) throw new MixedEncodingError();
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Valid UTF-8 accents beside bytes that are not UTF-8: two encodings in one file, which no single reading gets right. */
export class MixedEncodingError extends Error {
  override readonly name = 'MixedEncodingError';
  constructor() {
    super(t('import.file.mixedEncoding'));
  }
}

function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead >= 0xc2 && lead <= 0xdf && (bytes[i + 1]! & 0xc0) === 0x80) return true;
    if (lead >= 0xe0 && lead <= 0xef && i + 2 < bytes.length && (bytes[i + 1]! & 0xc0) === 0x80 && (bytes[i + 2]! & 0xc0) === 0x80) return true;
  }
  return false;
}

/** ASCII text in UTF-16LE has a zero in every odd byte. */
function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512);
  if (sample < 4 || sample % 2 !== 0) return false;
  let zeros = 0;
  for (let i = 1; i < sample; i += 2) if (bytes[i] === 0) zeros++;
  return zeros / (sample / 2) > 0.9;
}

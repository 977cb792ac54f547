import { t } from '../../i18n/t';
import { MixedEncodingError, decodeText, type DecodedText } from '../decodeText';
import { checked, fileProblem, refused, type Checked } from './problems';

/** Larger files are refused before they are read. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** A workbook or an old .xls, by the signature its first bytes carry. */
const isWorkbook = (bytes: Uint8Array) => (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);

/**
 * Control characters other than tab and line breaks mean a binary file (an
 * image, a document). Looked for in the decoded text, not the bytes: UTF-16
 * text in Cyrillic, Arabic or Chinese has bytes below 32 that are no control.
 */
function isBinaryText(text: string): boolean {
  for (let i = 0; i < Math.min(text.length, 4096); i++) {
    const code = text.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) return true;
  }
  return false;
}

/** Decode: a CSV file's bytes as text (see decodeText.ts), refusing what is too large, empty, binary, or a web page. */
export function decodeCsv(bytes: Uint8Array): Checked<DecodedText> {
  if (bytes.length > MAX_CSV_BYTES) return refused([fileProblem(t('import.file.tooLarge', { megabytes: String(MAX_CSV_BYTES / 1024 / 1024) }))]);
  if (bytes.length === 0) return refused([fileProblem(t('import.file.empty'))]);
  const notText = fileProblem(t('import.file.notText'));
  if (isWorkbook(bytes)) return refused([notText]);
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof MixedEncodingError) return refused([fileProblem(error.message)]);
    throw error;
  }
  if (isBinaryText(decoded.text)) return refused([notText]);
  const isPage = /^\s*<(!doctype|html|\?xml)/i.test(decoded.text);
  return checked(decoded, isPage ? [fileProblem(t('import.file.webPage'))] : []);
}

import { MixedEncodingError, decodeText, type DecodedText } from '../decodeText';
import { checked, fileProblem, refused, type Checked } from './problems';

/** Larger files are refused before they are read. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** Control bytes other than tab, line breaks and (in UTF-16) zeros mean a binary file: a workbook, an image… */
function isBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return true; // a zip: .xlsx, .docx
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return true; // an old .xls
  const sample = bytes.subarray(0, 2048);
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || sample.filter((b, i) => i % 2 === 1 && b === 0).length > sample.length / 3;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control += isUtf16 && b === 0 ? 0 : 1;
  return control > 0;
}

/** Decode: a CSV file's bytes as text (see decodeText.ts), refusing what is too large, empty, binary, or a web page. */
export function decodeCsv(bytes: Uint8Array): Checked<DecodedText> {
  if (bytes.length > MAX_CSV_BYTES) return refused([fileProblem(`the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`)]);
  if (bytes.length === 0) return refused([fileProblem('the file is empty')]);
  if (isBinary(bytes)) return refused([fileProblem('this is not a text (CSV) file: for a workbook, open it as .xlsx')]);
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof MixedEncodingError) return refused([fileProblem(error.message)]);
    throw error;
  }
  const isPage = /^\s*<(!doctype|html|\?xml)/i.test(decoded.text);
  return checked(decoded, isPage ? [fileProblem('this is a web page or XML, not a CSV table')] : []);
}

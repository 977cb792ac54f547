import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, decodeCsv } from '../../../src/io/import/decodeCsv';

const problems = (bytes: Uint8Array) => {
  const outcome = decodeCsv(bytes);
  return outcome.ok ? [] : outcome.problems.map((p) => p.message);
};

describe('decode', () => {
  it('reads UTF-8 with a byte-order mark, UTF-16 and Windows-1252, and says which', () => {
    const utf8 = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('code;Genève')]));
    expect(utf8).toEqual({ ok: true, value: { text: 'code;Genève', encoding: 'utf-8' } });
    const utf16 = decodeCsv(new Uint8Array([0xff, 0xfe, 0x63, 0, 0x6f, 0, 0x64, 0, 0x65, 0]));
    expect(utf16).toEqual({ ok: true, value: { text: 'code', encoding: 'utf-16le' } });
    const latin = decodeCsv(new Uint8Array([0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65]));
    expect(latin).toEqual({ ok: true, value: { text: 'Genève', encoding: 'windows-1252' } });
  });

  it('refuses an empty, an oversized, a binary or a mixed file, and a web page, naming no cell', () => {
    expect(problems(new Uint8Array())).toEqual(['the file is empty']);
    expect(problems(new Uint8Array(MAX_CSV_BYTES + 1).fill(0x31))).toEqual(['the file is larger than 10 MB']);
    expect(problems(new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual(['this is not a text (CSV) file: for a workbook, open it as .xlsx']);
    expect(problems(new Uint8Array([0x41, 0x01, 0x42]))).toEqual(['this is not a text (CSV) file: for a workbook, open it as .xlsx']);
    expect(problems(new Uint8Array([0xc3, 0xa8, 0x3b, 0xe8]))[0]).toMatch(/^it mixes two text encodings/);
    expect(problems(new TextEncoder().encode('  <!DOCTYPE html><table>'))).toEqual(['this is a web page or XML, not a CSV table']);
    const refused = decodeCsv(new Uint8Array());
    expect(refused.ok ? null : refused.problems[0]).toEqual({ message: 'the file is empty' });
  });
});

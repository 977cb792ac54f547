import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/io/operationJson';
import { OPERATION_KEYS, keyOf } from '../../src/model/operations/registry';

/** The README's examples of operations in a proposal file: the JSON list after "as it stands in `operations`". */
function examples(): unknown[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /as it stands in `operations`[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
  expect(block, 'the README lists an example of each operation').not.toBeNull();
  return JSON.parse(block![1]!) as unknown[];
}

describe('the README’s operations in a proposal file', () => {
  it('gives one example of every operation and way, each read as the file format reads it', () => {
    const read = examples().map((raw, i) => readEntry(raw, `example ${i + 1}`));
    expect(read.flatMap((entry) => ('problems' in entry ? entry.problems : []))).toEqual([]);
    const keys = read.flatMap((entry) => ('entry' in entry ? [keyOf(entry.entry.operation)] : []));
    expect(keys.toSorted()).toEqual(OPERATION_KEYS.toSorted());
  });
});

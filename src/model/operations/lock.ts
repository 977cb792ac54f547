import { editing, sameTable, type OperationDef } from './define';
import { OperationError } from './state';

/** A locked line (and every line inside a locked group) is never changed by later operations. */
export interface LockOperation {
  readonly op: 'lock';
  readonly line: string;
}

export const lock: OperationDef<LockOperation> = {
  label: 'Lock a line',
  fields: { line: { kind: 'line', label: 'Line' } },
  apply: editing((edit, op) => {
    edit.info(op.line);
    if (edit.locked.includes(op.line)) throw new OperationError(`${edit.label(op.line)} is already locked`);
    edit.locked.push(op.line);
  }),
  describe: (op) => `Lock ${op.line}`,
  nextTable: sameTable,
};

import { editing, sameTable, type OperationDef } from './define';
import { OperationError } from './state';

export interface UnlockOperation {
  readonly op: 'unlock';
  readonly line: string;
}

export const unlock: OperationDef<UnlockOperation> = {
  label: 'Unlock a line',
  fields: { line: { kind: 'line', label: 'Line' } },
  apply: editing((edit, op) => {
    edit.info(op.line);
    if (!edit.locked.includes(op.line)) throw new OperationError(`${edit.label(op.line)} is not locked`);
    edit.locked = edit.locked.filter((code) => code !== op.line);
  }),
  describe: (op) => `Unlock ${op.line}`,
  nextTable: sameTable,
};

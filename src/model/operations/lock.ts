import { editing, sameTable, LINE_FIELD, type OnALine, type OperationDef } from './define';
import type { Edit } from './edit';
import { OperationError } from './state';

/** A locked line (and every line inside a locked group) is never changed by later operations. */
export type LockOperation = OnALine<'lock'>;
export type UnlockOperation = OnALine<'unlock'>;

/** Lock and unlock, one the other's undoing. */
function locking<N extends 'lock' | 'unlock'>(isLock: boolean): OperationDef<OnALine<N>> {
  const toggle = (edit: Edit, op: OnALine<N>) => {
    edit.info(op.line);
    if (edit.locked.includes(op.line) === isLock) throw new OperationError(`${edit.label(op.line)} is ${isLock ? 'already' : 'not'} locked`);
    edit.locked = isLock ? [...edit.locked, op.line] : edit.locked.filter((code) => code !== op.line);
  };
  return {
    label: isLock ? 'Lock a line' : 'Unlock a line',
    fields: { line: LINE_FIELD },
    apply: editing(toggle),
    describe: (op) => `${isLock ? 'Lock' : 'Unlock'} ${op.line}`,
    nextTable: sameTable,
  };
}

export const lock = locking<'lock'>(true);
export const unlock = locking<'unlock'>(false);

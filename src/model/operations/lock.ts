import { say } from '../say';
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
    if (edit.locked.includes(op.line) === isLock) {
      const line = edit.label(op.line);
      throw new OperationError(isLock ? say('model.refuse.alreadyLocked', { line }) : say('model.refuse.notLocked', { line }));
    }
    edit.locked = isLock ? [...edit.locked, op.line] : edit.locked.filter((code) => code !== op.line);
  };
  return {
    get label() {
      return isLock ? say('model.op.lock.label') : say('model.op.unlock.label');
    },
    fields: { line: LINE_FIELD },
    apply: editing(toggle),
    describe: (op) => (isLock ? say('model.op.lock.describe', { line: op.line }) : say('model.op.unlock.describe', { line: op.line })),
    nextTable: sameTable,
  };
}

export const lock = locking<'lock'>(true);
export const unlock = locking<'unlock'>(false);

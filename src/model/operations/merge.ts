import { isGroup, walkLines, type PlanLine } from '../plan';
import { say } from '../say';
import { rowOf } from '../table';
import { listComma } from '../words';
import { LINE_FIELD, type OnALine, type OperationDef } from './define';
import { Edit, replaceLine } from './edit';
import { OperationError } from './state';

/** Removes a breakdown: the group becomes a line again, with its figures as they are. */
export type MergeOperation = OnALine<'merge'>;

export const merge: OperationDef<MergeOperation> = {
  get label() {
    return say('model.op.merge.label');
  },
  fields: { line: LINE_FIELD },
  apply(state, op, table) {
    const edit = new Edit(state, table);
    const { line } = edit.changeable(op.line);
    if (!isGroup(line)) throw new OperationError(say('model.refuse.notBrokenDown', { line: edit.label(op.line) }));
    const lockedInside = [...walkLines(line.children)].map(({ line: l }) => l.code).filter((code) => state.locked.includes(code));
    if (lockedInside.length > 0) {
      throw new OperationError(say('model.refuse.lockedInside', { count: lockedInside.length, codes: listComma(lockedInside), line: op.line }));
    }
    const leaf: PlanLine = { code: line.code, name: line.name, amounts: rowOf(table, op.line).years };
    return { ...state, plan: { ...state.plan, lines: replaceLine(state.plan.lines, op.line, leaf) } };
  },
  describe: (op) => say('model.op.merge.describe', { line: op.line }),
};

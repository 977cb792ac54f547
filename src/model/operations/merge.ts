import { isGroup, walkLines, type PlanLine } from '../plan';
import { rowOf } from '../table';
import { LINE_FIELD, type OnALine, type OperationDef } from './define';
import { Edit, replaceLine } from './edit';
import { OperationError } from './state';

/** Removes a breakdown: the group becomes a line again, with its figures as they are. */
export type MergeOperation = OnALine<'merge'>;

export const merge: OperationDef<MergeOperation> = {
  label: 'Remove a line’s breakdown',
  fields: { line: LINE_FIELD },
  apply(state, op, table) {
    const edit = new Edit(state, table);
    const { line } = edit.changeable(op.line);
    if (!isGroup(line)) throw new OperationError(`${edit.label(op.line)} is not broken down`);
    const lockedInside = [...walkLines(line.children)].map(({ line: l }) => l.code).filter((code) => state.locked.includes(code));
    if (lockedInside.length > 0) {
      throw new OperationError(`${lockedInside.join(', ')} inside ${op.line} ${lockedInside.length === 1 ? 'is' : 'are'} locked: unlock first`);
    }
    const leaf: PlanLine = { code: line.code, name: line.name, amounts: rowOf(table, op.line).years };
    return { ...state, plan: { ...state.plan, lines: replaceLine(state.plan.lines, op.line, leaf) } };
  },
  describe: (op) => `Remove the breakdown of ${op.line}`,
};

import type { Amount } from '../amount';
import { editing, sameTable, type OperationDef } from './define';
import { periodYears } from './edit';

/** What the envelope indicator measures Total against, for the period and optionally per biennium. */
export interface EnvelopeOperation {
  readonly op: 'envelope';
  readonly total: Amount;
  readonly biennia?: Readonly<Record<string, Amount>>;
}

export const envelope: OperationDef<EnvelopeOperation> = {
  label: 'Set the envelope',
  fields: {
    total: { kind: 'amount', label: (plan) => `Envelope (${plan.unit})` },
    biennia: { kind: 'byPeriod', label: 'Envelope' },
  },
  apply: editing((edit, op) => {
    const biennia = op.biennia ?? {};
    for (const [id, value] of Object.entries(biennia)) {
      periodYears(edit, id);
      edit.amount(value, `the envelope for ${id}`);
    }
    edit.envelope = { total: edit.amount(op.total, 'the envelope'), biennia };
  }),
  describe: (op, words) => {
    const biennia = Object.entries(op.biennia ?? {}).map(([id, v]) => `${id}: ${words.amount(v)}`);
    return `Set the envelope to ${words.amount(op.total)}${biennia.length ? ` (${biennia.join(', ')})` : ''}`;
  },
  nextTable: sameTable,
};

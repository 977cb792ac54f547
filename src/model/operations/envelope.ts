import type { Amount } from '../amount';
import { say } from '../say';
import { listComma } from '../words';
import { editing, sameTable, type OperationDef } from './define';
import { periodYears } from './edit';

/** What the envelope indicator measures Total against, for the period and optionally per biennium. */
export interface EnvelopeOperation {
  readonly op: 'envelope';
  readonly total: Amount;
  readonly biennia?: Readonly<Record<string, Amount>>;
}

export const envelope: OperationDef<EnvelopeOperation> = {
  get label() {
    return say('model.op.envelope.label');
  },
  fields: {
    total: { kind: 'amount', label: (plan) => say('model.field.envelopeAmount', { unit: plan.unit }) },
    biennia: { kind: 'byPeriod', label: () => say('model.field.envelope') },
  },
  apply: editing((edit, op) => {
    const biennia = op.biennia ?? {};
    for (const [id, value] of Object.entries(biennia)) {
      periodYears(edit, id);
      edit.amount(value, say('model.what.envelopeFor', { period: id }));
    }
    edit.envelope = { total: edit.amount(op.total, say('model.what.envelope')), biennia };
  }),
  describe: (op, words) => {
    const biennia = Object.entries(op.biennia ?? {}).map(([id, v]) => say('model.op.envelope.biennium', { period: id, amount: words.amount(v) }));
    const amount = words.amount(op.total);
    return biennia.length > 0 ? say('model.op.envelope.describeBiennia', { amount, biennia: listComma(biennia) }) : say('model.op.envelope.describe', { amount });
  },
  nextTable: sameTable,
};

import { decimalText, formatAmount, type Amount, type NumberStyle } from './amount';
import type { Operation } from './operation';
import { REDUCTION_ID, TOTAL_COLUMN, type Plan } from './plan';

/** A percentage as a person writes it in a style: `0,5 %`. */
function percent(value: Amount, style: NumberStyle): string {
  return `${decimalText(value, style)} %`;
}

function years(list: readonly string[], plan: Plan): string {
  if (list.length === plan.years.length && list.every((y, i) => y === plan.years[i])) return `every year (${plan.periodLabel})`;
  if (list.length === 1) return list[0]!;
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** An operation in plain words: "Move 5 000 from TP1 to TP3 in 2030". */
export function describeOperation(op: Operation, plan: Plan, style: NumberStyle): string {
  const amount = (value: Amount) => formatAmount(value, style, plan.precision);
  const period = (id: string) => (id === TOTAL_COLUMN ? plan.periodLabel : id);
  switch (op.op) {
    case 'set':
      return op.line === REDUCTION_ID
        ? `Set the ${plan.reduction.name.toLowerCase()} in ${op.year} to ${amount(op.value)}`
        : `Set ${op.line} in ${op.year} to ${amount(op.value)}`;
    case 'transfer':
      return `Move ${amount(op.amount)} from ${op.from} to ${op.to} in ${years(op.years, plan)}`;
    case 'scale':
      return (
        `Scale ${op.line} to ${percent(op.percent, style)} in ${years(op.years, plan)}` +
        (op.compensate === 'pro-rata' ? ', the other unlocked lines compensating pro rata' : ', not compensated')
      );
    case 'setShare':
      return `Set the share of ${op.line} to ${percent(op.share, style)} of Total, the other unlocked lines compensating pro rata`;
    case 'spread':
      return `Set ${op.line} in ${period(op.period)} to ${amount(op.value)}, spread ${op.method === 'even' ? 'evenly' : 'in proportion to its years'}`;
    case 'lock':
      return `Lock ${op.line}`;
    case 'unlock':
      return `Unlock ${op.line}`;
    case 'reduction':
      switch (op.mode) {
        case 'amounts':
          return `Set the reduction to ${Object.entries(op.amounts).map(([y, v]) => `${amount(v)} in ${y}`).join(', ')}`;
        case 'rates':
          return `Set the reduction to ${Object.entries(op.rates).map(([y, v]) => `${percent(v, style)} of the Subtotal in ${y}`).join(', ')}`;
        case 'progressive':
          return `Set the reduction to ${amount(op.first)} in ${plan.years[0]}, then ${amount(op.step)} more each year`;
        case 'target': {
          const profile = { current: 'the current reduction’s profile', even: 'equal parts', subtotal: 'the years’ Subtotals' }[op.profile];
          return `Bring Total to ${amount(op.total)} through the reduction, spread by ${profile}`;
        }
      }
      break;
    case 'breakdown': {
      const names = op.parts.map((part) => part.code).join(', ');
      return op.mode === 'weights'
        ? `Break ${op.line} down into ${op.parts.length} part${op.parts.length === 1 ? '' : 's'} (${names}) by weights ${op.parts.map((part) => decimalText(part.weight, style)).join(' : ')}`
        : `Break ${op.line} down into ${op.parts.length} part${op.parts.length === 1 ? '' : 's'} (${names}) by yearly amounts`;
    }
    case 'merge':
      return `Remove the breakdown of ${op.line}`;
    case 'envelope': {
      const biennia = Object.entries(op.biennia ?? {}).map(([id, v]) => `${id}: ${amount(v)}`);
      return `Set the envelope to ${amount(op.total)}${biennia.length ? ` (${biennia.join(', ')})` : ''}`;
    }
  }
  return op satisfies never;
}

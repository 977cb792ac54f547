import type { PartDraft } from '../../model/operations/draft';
import type { Plan } from '../../model/plan';
import { t } from '../../i18n/t';

interface Props {
  readonly of: 'weight' | 'amounts';
  readonly parts: readonly PartDraft[];
  readonly plan: Plan;
  readonly onChange: (parts: PartDraft[]) => void;
}

const EMPTY_PART: PartDraft = { code: '', name: '', weight: '1', amounts: {} };

/** The parts of a breakdown: a code, a name and a weight or yearly amounts each; parts can be added and removed. */
export function PartsInput({ of, parts, plan, onChange }: Props) {
  const put = (i: number, change: Partial<PartDraft>) => onChange(parts.map((part, k) => (k === i ? { ...part, ...change } : part)));
  return (
    <fieldset className="parts">
      <legend>{of === 'weight' ? t('proposal.parts.legendWeight') : t('proposal.parts.legendAmounts', { years: plan.years.join(', ') })}</legend>
      {parts.map((part, i) => (
        <div key={i} className="part" data-testid={`op-part-${i}`}>
          <input aria-label={t('proposal.parts.codeLabel', { number: i + 1 })} data-testid={`op-part-${i}-code`} placeholder={t('proposal.parts.code')} value={part.code} size={8} onChange={(e) => put(i, { code: e.target.value })} />
          <input aria-label={t('proposal.parts.nameLabel', { number: i + 1 })} data-testid={`op-part-${i}-name`} placeholder={t('proposal.parts.name')} value={part.name} onChange={(e) => put(i, { name: e.target.value })} />
          {of === 'weight' ? (
            <input aria-label={t('proposal.parts.weightLabel', { number: i + 1 })} data-testid={`op-part-${i}-weight`} inputMode="decimal" size={6} placeholder={t('proposal.parts.weight')} value={part.weight} onChange={(e) => put(i, { weight: e.target.value })} />
          ) : (
            plan.years.map((year) => (
              <input
                key={year}
                aria-label={t('proposal.parts.amountLabel', { number: i + 1, year })}
                data-testid={`op-part-${i}-${year}`}
                inputMode="decimal"
                size={8}
                placeholder={year}
                value={part.amounts[year] ?? ''}
                onChange={(e) => put(i, { amounts: { ...part.amounts, [year]: e.target.value } })}
              />
            ))
          )}
          <button type="button" className="link" onClick={() => onChange(parts.filter((_, k) => k !== i))}>
            {t('proposal.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="link" data-testid="op-part-add" onClick={() => onChange([...parts, EMPTY_PART])}>
        {t('proposal.parts.add')}
      </button>
    </fieldset>
  );
}

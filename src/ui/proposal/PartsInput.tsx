import type { PartDraft } from '../../model/operations/draft';
import type { Plan } from '../../model/plan';

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
      <legend>Parts: code, name and {of === 'weight' ? 'weight' : `an amount for each year (${plan.years.join(', ')})`}</legend>
      {parts.map((part, i) => (
        <div key={i} className="part" data-testid={`op-part-${i}`}>
          <input aria-label={`Part ${i + 1} code`} data-testid={`op-part-${i}-code`} placeholder="Code" value={part.code} size={8} onChange={(e) => put(i, { code: e.target.value })} />
          <input aria-label={`Part ${i + 1} name`} data-testid={`op-part-${i}-name`} placeholder="Name" value={part.name} onChange={(e) => put(i, { name: e.target.value })} />
          {of === 'weight' ? (
            <input aria-label={`Part ${i + 1} weight`} data-testid={`op-part-${i}-weight`} inputMode="decimal" size={6} placeholder="Weight" value={part.weight} onChange={(e) => put(i, { weight: e.target.value })} />
          ) : (
            plan.years.map((year) => (
              <input
                key={year}
                aria-label={`Part ${i + 1} amount ${year}`}
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
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="link" data-testid="op-part-add" onClick={() => onChange([...parts, EMPTY_PART])}>
        Add a part
      </button>
    </fieldset>
  );
}

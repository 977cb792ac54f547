import { usePlanShown } from '../language/usePlanShown';
import { useEffect, useRef, useState } from 'react';
import type { Operation } from '../../model/operation';
import { MAX_RATIONALE } from '../../model/proposal';
import { FieldError, draftOf, offeredKeys, operationFromDraft, seededDraft, seededKind, type Draft } from '../../model/operations/draft';
import { fieldList } from '../../model/operations/fields';
import { OPERATIONS, keyOf, type OperationKey } from '../../model/operations/registry';

import { ActionForm } from '../common/ActionForm';
import { reveal } from '../common/regions';
import { useApp, useAppStore } from '../common/storeContext';
import { FieldInput } from './FieldInput';
import { FormField } from './FormField';
import { t } from '../../i18n/t';

interface Props {
  /** An operation to edit: the form opens on its kind with its values. */
  readonly initial?: Operation;
  readonly initialRationale?: string;
  /** What the form does with the operation; by default it is added to the active scenario. True when accepted. */
  readonly onSubmit?: (operation: Operation, rationale: string) => boolean;
  readonly submitLabel?: string;
  /** A cell to start from: its line and year are filled in, and the form takes the focus. */
  readonly seed?: { readonly rowId: string; readonly columnId: string; readonly count: number } | null;
}

/** Builds one operation, from any operation's fields, with a rationale: a new one, or an existing one to edit. */
export function OperationForm({ initial, initialRationale = '', onSubmit, submitLabel = t('proposal.form.apply'), seed = null }: Props) {
  const store = useAppStore();
  const plan = usePlanShown();
  const style = useApp((s) => s.style);
  const context = { plan, style };
  const [key, setKey] = useState<OperationKey>(initial ? keyOf(initial) : 'transfer');
  // The draft belongs to one plan: another plan shown starts a new one, so no field names a line it has not.
  const [state, setState] = useState(() => ({ planId: plan.id, draft: draftOf(key, context, initial) }));
  const draft: Draft = state.planId === plan.id ? state.draft : draftOf(key, context);
  const setDraft = (next: Draft) => setState({ planId: plan.id, draft: next });
  const [rationale, setRationale] = useState(initialRationale);
  const definition = OPERATIONS[key];
  const kindSelect = useRef<HTMLSelectElement>(null);
  // Each new seed (Alt+N on a cell) fills its line and year in, and brings the focus here.
  const seedCount = seed?.count ?? 0;
  const [seedApplied, setSeedApplied] = useState(seedCount);
  if (seed !== null && seed.count !== seedApplied) {
    setSeedApplied(seed.count);
    const seeded = seededKind(key, seed);
    setKey(seeded);
    setDraft(seededDraft(seeded, seeded === key ? draft : draftOf(seeded, context), seed, context));
  }
  const firstSeed = useRef(seedCount);
  useEffect(() => {
    if (seedCount === firstSeed.current) return;
    // After this commit: bringing the form's tab forward renders it again.
    const timer = setTimeout(() => {
      if (kindSelect.current === null) return;
      reveal(kindSelect.current);
      kindSelect.current.focus();
    });
    return () => clearTimeout(timer);
  }, [seedCount]);

  const submit = () => {
    let operation: Operation;
    try {
      operation = operationFromDraft(key, draft, context);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      store.setState({ message: { kind: 'error', text: t('proposal.form.refused', { operation: definition.label, reason: error.message }) } });
      return;
    }
    const isAccepted = onSubmit ? onSubmit(operation, rationale) : store.getState().applyOperation(operation, rationale);
    if (isAccepted && !initial) setRationale('');
  };

  return (
    <ActionForm className="operation-form" onSubmit={submit}>
      <FormField label={t('proposal.form.operation')}>
        <select
          ref={kindSelect}
          data-testid="op-type"
          value={key}
          onChange={(e) => {
            const next = e.target.value as OperationKey;
            setKey(next);
            setDraft(draftOf(next, context));
          }}
        >
          {offeredKeys(plan).map((k) => (
            <option key={k} value={k}>
              {OPERATIONS[k].label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="op-fields">
        {fieldList(definition.fields).map(([name, field]) => (
          <FieldInput key={name} name={name} field={field} value={draft[name]!} plan={plan} onChange={(value) => setDraft({ ...draft, [name]: value })} />
        ))}
      </div>
      <FormField label={t('proposal.form.rationale')}>
        <textarea data-testid="op-rationale" rows={2} maxLength={MAX_RATIONALE} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      </FormField>
      <button type="submit" data-testid="op-apply">
        {submitLabel}
      </button>
    </ActionForm>
  );
}

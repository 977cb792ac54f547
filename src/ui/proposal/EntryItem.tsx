import { memo, useState } from 'react';
import { describeOperation } from '../../model/describe';
import { formatShown } from '../../model/displayUnit';
import type { Effect, Entry } from '../../model/proposal';
import { shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from '../common/storeContext';
import { OperationForm } from './OperationForm';

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Rows whose change an entry lists; an import of thousands of lines says how many more it moved. */
const EFFECTS_SAID = 12;

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : TIME.format(date);
}

interface Props {
  readonly entry: Entry;
  readonly position: number;
  readonly isLast: boolean;
  /** Why it did not apply on replay, if it did not. */
  readonly failure: string | undefined;
  /** What it did where it stands: the period totals it moved. */
  readonly effect: readonly Effect[] | undefined;
}

/**
 * One operation of the proposal: in words, switched on or off, edited in
 * place, moved, duplicated, removed. Drawn again only when its own props
 * change: an edit at the end of a proposal of hundreds leaves the others be.
 */
export const EntryItem = memo(function EntryItem({ entry, position, isLast, failure, effect }: Props) {
  const store = useAppStore();
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const [isEditing, setEditing] = useState(false);
  const words = describeOperation(entry.operation, plan, style);
  const actions = store.getState();
  return (
    <li className={!entry.enabled ? 'entry-off' : failure ? 'entry-failed' : undefined} data-testid="entry">
      <label className="entry-toggle">
        <input type="checkbox" checked={entry.enabled} onChange={() => actions.toggleEntry(entry.id)} aria-label={`Apply: ${words}`} />
      </label>
      <span className="entry-text">
        <span data-testid="entry-words">{words}</span>
        {entry.rationale && <span className="rationale"> — {entry.rationale}</span>}
        {effect !== undefined && effect.length > 0 && (
          <span className="entry-effect" data-testid="entry-effect">
            {effect.slice(0, EFFECTS_SAID).map(({ rowId, change }) => `${rowId} ${change.gt(0) ? '+' : ''}${formatShown(change, plan, style, displayUnit)}`).join(' · ')}
            {effect.length > EFFECTS_SAID && ` · and ${effect.length - EFFECTS_SAID} more rows`}
          </span>
        )}
        <span className="entry-meta">
          {when(entry.at)}
          {!entry.enabled && ' · switched off'}
          {failure && ` · not applied: ${failure}`}
        </span>
      </span>
      <span className="entry-actions">
        <button type="button" className="link" aria-expanded={isEditing} onClick={() => setEditing((is) => !is)} data-testid="entry-edit">
          {isEditing ? 'Close' : 'Edit'}
        </button>
        <button type="button" className="link" disabled={position === 0} aria-label={`Move change ${position + 1} up`} onClick={() => actions.moveEntry(entry.id, -1)} data-testid="entry-up">
          ↑
        </button>
        <button type="button" className="link" disabled={isLast} aria-label={`Move change ${position + 1} down`} onClick={() => actions.moveEntry(entry.id, 1)} data-testid="entry-down">
          ↓
        </button>
        <button type="button" className="link" onClick={() => actions.duplicateEntry(entry.id)} data-testid="entry-duplicate">
          Duplicate
        </button>
        <button type="button" className="link" onClick={() => actions.removeEntry(entry.id)} data-testid="entry-remove">
          Remove
        </button>
      </span>
      {isEditing && (
        <div className="entry-editor" data-testid="entry-editor">
          <OperationForm
            initial={entry.operation}
            initialRationale={entry.rationale}
            submitLabel={`Replace change ${position + 1}`}
            onSubmit={(operation, rationale) => {
              const isDone = store.getState().editEntry(entry.id, operation, rationale);
              if (isDone) setEditing(false);
              return isDone;
            }}
          />
        </div>
      )}
    </li>
  );
});

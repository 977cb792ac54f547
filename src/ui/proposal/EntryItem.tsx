import { memo, useState } from 'react';
import { describedOnce } from './described';
import type { InterplayNotes } from './interplayWords';
import type { Effect, Entry } from '../../model/proposal';
import { shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from '../common/storeContext';
import { EntryEffect } from './EntryEffect';
import { OperationForm } from './OperationForm';
import type { EntryDrag } from './useEntryDrag';
import { currentLanguage, t } from '../../i18n/t';
import type { Language } from '../../i18n/languages';

/** One formatter a language, made when first needed: English as in the United Kingdom, every language with Latin digits. */
const TIMES = new Map<Language, Intl.DateTimeFormat>();

function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const language = currentLanguage();
  let time = TIMES.get(language);
  if (time === undefined) {
    time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-u-nu-latn`, { dateStyle: 'medium', timeStyle: 'short' });
    TIMES.set(language, time);
  }
  return time.format(date);
}

interface Props {
  readonly entry: Entry;
  readonly position: number;
  readonly isLast: boolean;
  /** Why it did not apply on replay, if it did not. */
  readonly failure: string | undefined;
  /** What it did where it stands: the figures it moved. */
  readonly effect: readonly Effect[] | undefined;
  /** Where its changes meet other entries', in words. */
  readonly notes: InterplayNotes | undefined;
  readonly drag: EntryDrag;
}

/**
 * One operation of the proposal: in words, switched on or off, edited in
 * place, moved, duplicated, removed. Drawn again only when its own props
 * change: an edit at the end of a proposal of hundreds leaves the others be.
 */
export const EntryItem = memo(function EntryItem({ entry, position, isLast, failure, effect, notes, drag }: Props) {
  const store = useAppStore();
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const [isEditing, setEditing] = useState(false);
  const words = describedOnce(entry.operation, plan, style);
  const actions = store.getState();
  const mark = drag.mark(position);
  // Moved to the first or last place, its button is disabled and would drop the focus: the other one takes it.
  const move = (button: HTMLButtonElement, by: -1 | 1) => {
    actions.moveEntry(entry.id, by);
    requestAnimationFrame(() => {
      if (!button.disabled) return;
      button.parentElement?.querySelector<HTMLButtonElement>(`[data-testid="entry-${by < 0 ? 'down' : 'up'}"]:not(:disabled)`)?.focus();
    });
  };
  const classes = [!entry.enabled ? 'entry-off' : failure ? 'entry-failed' : '', mark ? `entry-drop-${mark}` : '', drag.dragging === position ? 'entry-dragged' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ') || undefined} data-testid="entry" {...drag.target(position)}>
      {/* Mouse only: the keyboard moves an entry with its up and down buttons. */}
      <span className="entry-handle" title={t('proposal.entry.dragTitle', { number: position + 1 })} aria-hidden="true" data-testid="entry-handle" {...drag.handle(position)}>
        ⠿
      </span>
      <label className="entry-toggle">
        <input type="checkbox" checked={entry.enabled} onChange={() => actions.toggleEntry(entry.id)} aria-label={t('proposal.entry.applyLabel', { words })} />
      </label>
      <span className="entry-text">
        <span data-testid="entry-words">{words}</span>
        {entry.rationale && <span className="rationale"> — {entry.rationale}</span>}
        <EntryEffect effect={effect} notes={notes} />
        <span className="entry-meta">
          {when(entry.at)}
          {!entry.enabled && t('proposal.entry.switchedOff')}
          {failure && t('proposal.entry.notApplied', { reason: failure })}
        </span>
      </span>
      <span className="entry-actions">
        <button type="button" className="link" aria-expanded={isEditing} onClick={() => setEditing((is) => !is)} data-testid="entry-edit">
          {isEditing ? t('proposal.entry.close') : t('proposal.entry.edit')}
        </button>
        <button type="button" className="link" disabled={position === 0} aria-label={t('proposal.entry.moveUp', { number: position + 1 })} onClick={(event) => move(event.currentTarget, -1)} data-testid="entry-up">
          ↑
        </button>
        <button type="button" className="link" disabled={isLast} aria-label={t('proposal.entry.moveDown', { number: position + 1 })} onClick={(event) => move(event.currentTarget, 1)} data-testid="entry-down">
          ↓
        </button>
        <button type="button" className="link" onClick={() => actions.duplicateEntry(entry.id)} data-testid="entry-duplicate">
          {t('proposal.entry.duplicate')}
        </button>
        <button type="button" className="link" onClick={() => actions.removeEntry(entry.id)} data-testid="entry-remove">
          {t('proposal.remove')}
        </button>
      </span>
      {isEditing && (
        // Escape closes the editor, as it leaves a cell, and gives the focus back to its Edit button.
        <div
          className="entry-editor"
          data-testid="entry-editor"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setEditing(false);
            event.currentTarget.closest('li')?.querySelector<HTMLButtonElement>('[data-testid="entry-edit"]')?.focus();
          }}
        >
          <OperationForm
            initial={entry.operation}
            initialRationale={entry.rationale}
            submitLabel={t('proposal.entry.replace', { number: position + 1 })}
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

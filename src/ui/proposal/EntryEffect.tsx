import { Fragment } from 'react';
import type { Amount } from '../../model/amount';
import { formatShown } from '../../model/displayUnit';
import type { Effect } from '../../model/proposal';
import { shownPlan } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import type { InterplayNotes } from './interplayWords';
import { t } from '../../i18n/t';

/** Rows whose change an entry lists; an import of thousands of lines says how many more it moved. */
const EFFECTS_SAID = 12;

interface Props {
  /** What the entry did where it stands. */
  readonly effect: readonly Effect[] | undefined;
  /** Where its changes meet other entries', in words. */
  readonly notes: InterplayNotes | undefined;
}

/**
 * What an entry did where it stands, row by row ("TP1 -5 000 · TP3 +5 000";
 * a row whose total is kept, by year: "TP4 2028 -100, 2031 +100"), and where a
 * later entry changes it again or it changes again an earlier one's cells.
 */
export function EntryEffect({ effect, notes }: Props) {
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const signed = (change: Amount) => `${change.gt(0) ? '+' : ''}${formatShown(change, plan, style, displayUnit)}`;
  const rows = (effect ?? []).slice(0, EFFECTS_SAID).map(({ rowId, change, years }) =>
    change.isZero() ? `${rowId} ${years.map((y) => `${y.year} ${signed(y.change)}`).join(', ')}` : `${rowId} ${signed(change)}`,
  );
  return (
    <>
      {rows.length > 0 && (
        <span className="entry-effect" data-testid="entry-effect">
          {rows.map((row, i) => (
            // Each row isolated, its sign before its figure in a right-to-left page too.
            <Fragment key={i}>
              {i > 0 && ' · '}
              <bdi>{row}</bdi>
            </Fragment>
          ))}
          {effect !== undefined && effect.length > EFFECTS_SAID && t('proposal.effect.moreRows', { count: effect.length - EFFECTS_SAID })}
        </span>
      )}
      {notes !== undefined && (
        <span className="entry-interplay" data-testid="entry-interplay">
          {notes.earlier.map((note) => (
            <span key={note} className="interplay-earlier" data-testid="interplay-earlier">
              {t('proposal.sentence', { text: note })}
            </span>
          ))}
          {notes.later.map((note) => (
            <span key={note} className="interplay-later" data-testid="interplay-later">
              {t('proposal.sentence', { text: note })}
            </span>
          ))}
          {notes.more.map((note) => (
            <span key={note} className="interplay-more" data-testid="interplay-more">
              {t('proposal.sentence', { text: note })}
            </span>
          ))}
        </span>
      )}
    </>
  );
}

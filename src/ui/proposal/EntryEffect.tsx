import type { Amount } from '../../model/amount';
import { formatShown } from '../../model/displayUnit';
import type { Interplay } from '../../model/interplay';
import type { Effect } from '../../model/proposal';
import { shownPlan } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { interplayNotes } from './interplayWords';

interface Props {
  /** What the entry did where it stands. */
  readonly effect: readonly Effect[] | undefined;
  /** Where its changes meet other entries'. */
  readonly interplay: Interplay | undefined;
  /** An entry of the proposal in words, by its place. */
  readonly wordsAt: (position: number) => string;
}

/**
 * What an entry did where it stands, row by row ("TP1 -5 000 · TP3 +5 000";
 * a row whose total is kept, by year: "TP4 2028 -100, 2031 +100"), and where a
 * later entry changes it again or it changes again an earlier one's cells.
 */
export function EntryEffect({ effect, interplay, wordsAt }: Props) {
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const signed = (change: Amount) => `${change.gt(0) ? '+' : ''}${formatShown(change, plan, style, displayUnit)}`;
  const rows = (effect ?? []).map(({ rowId, change, years }) =>
    change.isZero() ? `${rowId} ${years.map((y) => `${y.year} ${signed(y.change)}`).join(', ')}` : `${rowId} ${signed(change)}`,
  );
  const notes = interplay === undefined ? null : interplayNotes(interplay, plan.years, wordsAt);
  return (
    <>
      {rows.length > 0 && (
        <span className="entry-effect" data-testid="entry-effect">
          {rows.join(' · ')}
        </span>
      )}
      {notes !== null && (
        <span className="entry-interplay" data-testid="entry-interplay">
          {notes.earlier.map((note) => (
            <span key={note} className="interplay-earlier" data-testid="interplay-earlier">
              {note}.
            </span>
          ))}
          {notes.later.map((note) => (
            <span key={note} className="interplay-later" data-testid="interplay-later">
              {note}.
            </span>
          ))}
        </span>
      )}
    </>
  );
}

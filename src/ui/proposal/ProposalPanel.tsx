import { inLanguage } from '../../i18n/planShown';
import { useCallback, useMemo } from 'react';
import { interplayOf, type Interplay } from '../../model/interplay';
import { REDUCTION_ID, baselineWords, type Plan } from '../../model/plan';
import type { Replay } from '../../model/proposal';
import { shownTable } from '../../model/table';
import { activeReplay, activeScenario, shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from '../common/storeContext';
import { useBreaches } from '../common/useBreaches';
import { EntryItem } from './EntryItem';
import { useEntryDrag } from './useEntryDrag';
import { interplayNotes } from './interplayWords';
import { describedOnce } from './described';
import { t } from '../../i18n/t';

const NONE: ReadonlyMap<string, Interplay> = new Map();

/** What “valid” checked, in words: only the rules that apply to this plan and scenario (no envelope, no word of it). */
export function validWords(plan: Plan, replayed: Replay): string {
  const { envelope } = replayed.state;
  const hasEnvelope = !envelope.total.isZero() || Object.keys(envelope.biennia).length > 0;
  const hasReduction = shownTable(replayed.table, plan).index.has(REDUCTION_ID);
  const checks = [
    t('proposal.valid.applies'),
    ...(plan.requiresFunding ? [t('proposal.valid.funded')] : []),
    t('proposal.valid.inRange'),
    ...(hasReduction ? [t('proposal.valid.reductionFits')] : []),
    ...(hasEnvelope ? [t('proposal.valid.envelopeMet')] : []),
  ];
  return t('proposal.valid.summary', { checks: checks.slice(0, -1).join(t('proposal.valid.separator')), last: checks.at(-1)! });
}

/** The active scenario's proposal: its operations in plain words, with their rationale, and whether it is valid. */
export function ProposalPanel() {
  const scenario = useApp(activeScenario);
  const replayed = useApp(activeReplay);
  const scenarios = useApp((s) => s.scenarios);
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const store = useAppStore();
  const problems = useBreaches();
  const isValid = problems.length === 0;
  const entries = scenario?.entries;
  const interplay = useMemo(() => (entries === undefined ? NONE : interplayOf(entries, replayed.effects)), [entries, replayed.effects]);
  // Reads the entries at the drop, so that the function, and the drag with it, stay the same between drawings.
  const moveEntry = useCallback(
    (from: number, to: number) => {
      const moved = activeScenario(store.getState())?.entries[from];
      if (moved !== undefined) store.getState().moveEntryTo(moved.id, to);
    },
    [store],
  );
  const drag = useEntryDrag(moveEntry);
  // One function for the whole life of the panel, reading the entries of now, so
  // that entries drawn once (EntryItem is memoised) are not all drawn again on an edit.
  // Each entry's notes in words, made here: an entry drawn once (EntryItem is memoised)
  // is drawn again only when its own notes change.
  const notes = useMemo(() => {
    const wordsAt = (position: number) => {
      const other = entries?.[position];
      return other === undefined ? '' : describedOnce(other.operation, plan, style);
    };
    return new Map([...interplay].map(([id, meeting]) => [id, interplayNotes(meeting, plan.years, wordsAt)]));
  }, [interplay, entries, plan, style]);

  if (scenario === null) {
    return (
      <section className="panel" aria-labelledby="proposal-title" data-testid="proposal" data-region="proposal">
        <h2 id="proposal-title">{t('proposal.panel.title')}</h2>
        <p className="hint">{t('proposal.panel.readOnly', { baseline: baselineWords(inLanguage(plan)) })}</p>
      </section>
    );
  }
  const parent = scenario.parentId === null ? null : scenarios.find((s) => s.id === scenario.parentId);
  return (
    <section className="panel" aria-labelledby="proposal-title" data-testid="proposal" data-region="proposal">
      <h2 id="proposal-title">
        {t('proposal.panel.titleScenario', { name: scenario.name })}
        {scenario.parentId !== null && (
          <span className="hint">{parent ? t('proposal.panel.branchedFrom', { parent: parent.name }) : t('proposal.panel.branchedFromDeleted')}</span>
        )}
      </h2>
      <p className={`validity ${isValid ? 'valid' : 'invalid'}`} data-testid="validity" role="status">
        {isValid ? validWords(plan, replayed) : t('proposal.panel.notValid')}
      </p>
      {!isValid && (
        <ul className="problems" data-testid="problems">
          {problems.map((breach) => (
            <li key={`${breach.rule}-${breach.entryId ?? breach.text}`} data-rule={breach.rule}>
              {t('proposal.sentence', { text: breach.text })}
            </li>
          ))}
        </ul>
      )}
      {scenario.entries.length === 0 ? (
        <p className="hint">{parent ? t('proposal.panel.emptyParent', { parent: parent.name }) : t('proposal.panel.emptyBaseline', { baseline: baselineWords(inLanguage(plan)) })}</p>
      ) : (
        <ol className="entries" data-testid="entries">
          {scenario.entries.map((entry, i) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              position={i}
              isLast={i === scenario.entries.length - 1}
              failure={replayed.failures.get(entry.id)}
              effect={replayed.effects.get(entry.id)}
              notes={notes.get(entry.id)}
              drag={drag}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

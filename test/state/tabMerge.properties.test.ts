import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import type { Entry } from '../../src/model/proposal';
import type { Scenario } from '../../src/model/scenario';
import type { WorkspaceData } from '../../src/state/appState';
import { mergeTabs, type TabChange } from '../../src/state/tabMerge';

/*
 * Two tabs change the same workspace (the ancestor) in the same moment; the
 * tab that hears of the other's write merges its own into it. Whatever each
 * did, nothing made on either side is dropped unsaid.
 */

const entry = (id: string, value: number): Entry => ({ id, operation: { op: 'set', line: 'TP1', year: '2028', value: new Dec(value) }, rationale: '', at: '2028-01-01', enabled: true });
const scenario = (id: string, entries: Entry[]): Scenario => ({ id, name: `S ${id}`, planId: null, parentId: null, createdAt: '2028-01-01', entries });

const ancestorArb: fc.Arbitrary<WorkspaceData> = fc
  .array(fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 4 }), { maxLength: 4 })
  .map((scenarios) => ({ plans: [], scenarios: scenarios.map((values, s) => scenario(`o${s}`, values.map((v, e) => entry(`o${s}-${e}`, v)))) }));

type Edit = { kind: 'add' | 'remove' | 'edit' | 'toggle' | 'move' | 'addScenario' | 'deleteScenario' | 'rename'; at: number; of: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('add', 'remove', 'edit', 'toggle', 'move', 'addScenario', 'deleteScenario', 'rename'),
  at: fc.nat(9),
  of: fc.nat(9),
});

/** The workspace after one tab's edits, its new things' ids beginning with `side`; immutable, as the app's state is. */
function edited(data: WorkspaceData, edits: readonly Edit[], side: string): WorkspaceData {
  let scenarios = data.scenarios;
  edits.forEach(({ kind, at, of }, n) => {
    if (kind === 'addScenario' || scenarios.length === 0) {
      scenarios = [...scenarios, scenario(`${side}${n}`, [entry(`${side}${n}-0`, of + 1)])];
      return;
    }
    const s = scenarios[at % scenarios.length]!;
    const e = s.entries.length === 0 ? undefined : s.entries[of % s.entries.length];
    const put = (changed: Scenario) => (scenarios = scenarios.map((x) => (x === s ? changed : x)));
    const withEntries = (entries: Entry[]) => put({ ...s, entries });
    if (kind === 'deleteScenario') scenarios = scenarios.filter((x) => x !== s);
    else if (kind === 'rename') put({ ...s, name: `${s.name} ${side}${n}` });
    else if (kind === 'add' || e === undefined) withEntries([...s.entries, entry(`${side}${n}`, of + 1)]);
    else if (kind === 'remove') withEntries(s.entries.filter((x) => x !== e));
    else if (kind === 'edit') withEntries(s.entries.map((x) => (x === e ? entry(e.id, 100 + n) : x)));
    else if (kind === 'toggle') withEntries(s.entries.map((x) => (x === e ? { ...e, enabled: !e.enabled } : x)));
    else withEntries([...s.entries.filter((x) => x !== e), e]);
  });
  return { plans: data.plans, scenarios };
}

/** Read again from the store: the same data, no object shared with the tab's. */
const reread = (data: WorkspaceData): WorkspaceData => ({
  plans: [],
  scenarios: data.scenarios.map((s) => ({ ...s, entries: s.entries.map((e) => ({ ...e, operation: { ...e.operation } })) })),
});
const text = (data: WorkspaceData) => JSON.stringify(data.scenarios);
const entriesOf = (data: WorkspaceData) => new Map(data.scenarios.flatMap((s) => s.entries.map((e) => [`${s.id}/${e.id}`, JSON.stringify(e)] as const)));
const isNamed = (changes: readonly TabChange[], scenarioId: string, entryId?: string) =>
  changes.some((c) => 'scenario' in c && c.scenario.id === scenarioId && (c.kind === 'scenario' || (entryId !== undefined && 'entry' in c && c.entry.id === entryId)));
const made = () => true;

describe('merging the changes of two tabs saved in the same moment', () => {
  it('takes the other tab’s data as they are, saying nothing, where nothing changed here', () => {
    fc.assert(
      fc.property(ancestorArb, fc.array(editArb, { maxLength: 8 }), (ancestor, theirEdits) => {
        const theirs = reread(edited(ancestor, theirEdits, 't'));
        const merged = mergeTabs(ancestor, ancestor, theirs, made);
        expect(merged.data.scenarios).toBe(theirs.scenarios);
        expect([merged.kept, merged.lost]).toEqual([[], []]);
      }),
    );
  });

  it('keeps everything changed here, in this tab’s order, where the other tab changed nothing', () => {
    fc.assert(
      fc.property(ancestorArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (ancestor, ourEdits) => {
        const ours = edited(ancestor, ourEdits, 'a');
        const merged = mergeTabs(ancestor, ours, reread(ancestor), made);
        expect(text(merged.data)).toBe(text(ours));
        expect(merged.lost).toEqual([]);
      }),
    );
  });

  it('drops nothing unsaid: every change of the other tab is kept, and every one made here is kept or named', () => {
    fc.assert(
      fc.property(ancestorArb, fc.array(editArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 8 }), (ancestor, ourEdits, theirEdits) => {
        const ours = edited(ancestor, ourEdits, 'a');
        const theirs = reread(edited(ancestor, theirEdits, 't'));
        const merged = mergeTabs(ancestor, ours, theirs, made);
        const [before, mine, other, result] = [ancestor, ours, theirs, merged.data].map(entriesOf);
        for (const [key, value] of other!) {
          // Changed (or added) there: kept as the other tab has it, unless changed here too, and named.
          const [scenarioId, entryId] = key.split('/') as [string, string];
          if (before!.get(key) !== value) expect(result!.get(key) === value || isNamed(merged.lost, scenarioId, entryId)).toBe(true);
        }
        for (const [key, value] of mine!) {
          const [scenarioId, entryId] = key.split('/') as [string, string];
          if (before!.get(key) === value) continue;
          expect(result!.get(key) === value || isNamed(merged.lost, scenarioId, entryId)).toBe(true);
        }
        // Scenario ids stay one of each, and their names too where one was made here.
        const ids = merged.data.scenarios.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        const names = merged.data.scenarios.map((s) => s.name);
        expect(new Set(names).size).toBe(names.length);
      }),
    );
  });
});

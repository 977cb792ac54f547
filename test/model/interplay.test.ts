import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { interplayOf, type Cell, type Interplay } from '../../src/model/interplay';
import type { Operation } from '../../src/model/operation';
import { replay, type Effect, type Entry } from '../../src/model/proposal';
import { computeTable, type Table } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { fundedPlanArb, operationArb } from '../support/arbitraries';
import { operationArb as operationOfKindArb } from '../support/fieldArbitraries';
import { tryApply } from '../support/tryApply';

const entry = (id: string, operation: Operation, enabled = true): Entry => ({ id, operation, rationale: '', at: '2026-11-23T10:00:00Z', enabled });
const transfer: Operation = { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] };
const share: Operation = { op: 'setShare', line: 'TP2', share: new Dec(3) };
const rephase: Operation = { op: 'rephase', line: 'TP4', from: '2028', to: '2031', amount: new Dec(100) };

const cellText = (cells: readonly Cell[]) => cells.map((c) => `${c.rowId} ${c.year}`);
/** Each overlap as "#position: cells", from one side. */
const sideText = (found: Interplay | undefined, side: 'later' | 'earlier') => (found?.[side] ?? []).map((o) => `#${o.position + 1} ${o.entryId}: ${cellText(o.cells).join(', ')}`);

function interplay(entries: readonly Entry[]) {
  const plan = baselinePlan();
  const replayed = replay(initialState(plan), entries, computeTable(plan));
  return interplayOf(entries, replayed.effects);
}

describe('where a later operation changes what an earlier one did', () => {
  it('says so on both: a transfer, then a setShare that compensates pro rata', () => {
    const entries = [entry('a', transfer), entry('b', share)];
    const found = interplay(entries);
    // The setShare changes every year of every line; the transfer only 2030 of TP1 and TP3.
    expect(sideText(found.get('a'), 'later')).toEqual(['#2 b: TP1 2030, TP3 2030']);
    expect(sideText(found.get('a'), 'earlier')).toEqual([]);
    expect(sideText(found.get('b'), 'earlier')).toEqual(['#1 a: TP1 2030, TP3 2030']);
    expect(sideText(found.get('b'), 'later')).toEqual([]);
  });

  it('says nothing where the cells do not meet, and leaves out switched-off and refused entries', () => {
    const elsewhere: Operation = { op: 'transfer', from: 'TP4', to: 'TP5', amount: new Dec(10), years: ['2028'] };
    expect(interplay([entry('a', transfer), entry('b', elsewhere)]).size).toBe(0);
    // Switched off, the setShare does not take part; refused (TP1 cannot give that much), neither does the second transfer.
    const tooMuch: Operation = { ...transfer, amount: new Dec(10_000_000) };
    expect(interplay([entry('a', transfer), entry('b', share, false), entry('c', tooMuch)]).size).toBe(0);
    // Switched on again, it names its position in the whole list, switched-off entries counted.
    const found = interplay([entry('x', elsewhere, false), entry('a', transfer), entry('b', share)]);
    expect(sideText(found.get('a'), 'later')).toEqual(['#3 b: TP1 2030, TP3 2030']);
  });

  it('counts cells whose years moved though the period total did not (a rephase), each pair once, in order', () => {
    const entries = [entry('r', rephase), entry('a', transfer), entry('b', share), entry('c', share)];
    const found = interplay(entries);
    expect(sideText(found.get('r'), 'later')).toEqual(['#3 b: TP4 2028, TP4 2031']);
    // The second setShare finds TP2 at its share already: it changes nothing, and meets no one.
    expect(found.has('c')).toBe(false);
    expect(sideText(found.get('b'), 'earlier')).toEqual(['#1 r: TP4 2028, TP4 2031', '#2 a: TP1 2030, TP3 2030']);
  });
});

/** The input cells a step changed, by full computations of both tables: independent of incremental updates and row identity. */
function changedCells(before: Table, after: Table): Set<string> {
  const cells = new Set<string>();
  for (const row of after.rows) {
    if (row.kind !== 'line' && row.kind !== 'reduction') continue;
    const at = before.index.get(row.id);
    row.years.forEach((value, y) => {
      const was: Amount | undefined = at === undefined ? undefined : before.rows[at]!.years[y];
      if (was === undefined ? !value.isZero() : !was.eq(value)) cells.add(`${row.id} ${after.layout.years[y]}`);
    });
  }
  return cells;
}

const cellsOfEffect = (effects: readonly Effect[]) => effects.flatMap((e) => e.years.map((y) => `${e.rowId} ${y.year}`)).sort();

const casesArb = fundedPlanArb.chain((plan) => {
  const op = fc.oneof({ weight: 4, arbitrary: operationArb(plan) }, { weight: 1, arbitrary: operationOfKindArb('rephase', plan) });
  return fc.record({ plan: fc.constant(plan), steps: fc.array(fc.record({ op, enabled: fc.nat(4).map((n) => n > 0) }), { minLength: 1, maxLength: 12 }) });
});

describe('interplay over random plans and operation sequences', () => {
  it('flags an entry iff a later one changes some of its cells, on both sides, naming exactly the cells both changed', () => {
    let overlaps = 0;
    fc.assert(
      fc.property(casesArb, ({ plan, steps }) => {
        const entries = steps.map(({ op, enabled }, i) => entry(`e${i}`, op, enabled));
        const replayed = replay(initialState(plan), entries, computeTable(plan));
        const found = interplayOf(entries, replayed.effects);
        // The oracle: each switched-on entry's cells, from full tables before and after it.
        const cells: (Set<string> | null)[] = [];
        let state = initialState(plan);
        for (const { id, operation, enabled } of entries) {
          const next = enabled ? tryApply(state, operation) : null;
          cells.push(next === null ? null : changedCells(computeTable(state.plan), computeTable(next.plan)));
          // The replay's effects name the same cells; none for an entry off or refused.
          expect(cellsOfEffect(replayed.effects.get(id) ?? [])).toEqual([...(cells.at(-1) ?? [])].sort());
          state = next ?? state;
        }
        entries.forEach((e, i) => {
          const expected = (side: 'later' | 'earlier') =>
            entries.flatMap((other, j) => {
              if ((side === 'later' ? j <= i : j >= i) || cells[i] === null || cells[j] === null) return [];
              const both = [...cells[i]!].filter((c) => cells[j]!.has(c)).sort();
              return both.length === 0 ? [] : [`${j} ${other.id}: ${both.join(', ')}`];
            });
          const actual = (side: 'later' | 'earlier') => (found.get(e.id)?.[side] ?? []).map((o) => `${o.position} ${o.entryId}: ${cellText(o.cells).sort().join(', ')}`);
          expect(actual('later')).toEqual(expected('later'));
          expect(actual('earlier')).toEqual(expected('earlier'));
          expect(found.has(e.id)).toBe(expected('later').length + expected('earlier').length > 0);
          overlaps += expected('later').length;
        });
      }),
      { numRuns: 200 },
    );
    // Counted so the property cannot pass by never meeting an overlap.
    expect(overlaps).toBeGreaterThan(50);
  });
});

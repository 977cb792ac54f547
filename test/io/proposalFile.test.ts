import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { applyOperation, initialState } from '../../src/model/apply';
import { OperationError } from '../../src/model/operation';
import { replay, type Entry } from '../../src/model/proposal';
import { ProposalFileError, readProposal, writeProposal } from '../../src/io/proposalFile';
import { baselinePlan } from '../../src/state/baseline';
import { planWithOperationsArb } from '../support/arbitraries';
import { tableText } from '../support/tableText';

const plan = baselinePlan();
const entry = (operation: Entry['operation'], rationale = ''): Entry => ({
  id: crypto.randomUUID(),
  operation,
  rationale,
  at: '2026-11-22T10:00:00.000Z',
  enabled: true,
});
const opened = (text: string) => {
  try {
    readProposal(text, plan);
    return 'opened';
  } catch (error) {
    expect(error).toBeInstanceOf(ProposalFileError);
    return (error as ProposalFileError).problems.join(' | ');
  }
};
const file = (operations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'linkage-calculator/proposal', version: 1, plan: plan.id, name: 'P', operations, ...extra });

describe('proposal files', () => {
  it('save then open gives the same operations and the same table, over random plans and operations', () => {
    fc.assert(
      fc.property(planWithOperationsArb, fc.string(), ({ plan: randomPlan, operations }, rationale) => {
        let state = initialState(randomPlan);
        const entries: Entry[] = [];
        for (const operation of operations) {
          try {
            state = applyOperation(state, operation);
            entries.push({ ...entry(operation, rationale), enabled: entries.length % 3 !== 2 || operation.op === 'lock' });
          } catch (error) {
            if (!(error instanceof OperationError)) throw error;
          }
        }
        const saved = replay(initialState(randomPlan), entries);
        fc.pre(saved.failures.size === 0);
        for (const withWholePlan of [false, true]) {
          const text = writeProposal({ name: 'Random', plan: randomPlan, entries, savedAt: 'now', withWholePlan });
          const read = readProposal(text, randomPlan);
          const reopened = replay(
            initialState(randomPlan),
            read.entries.map((e, i) => ({ ...e, id: String(i) })),
          );
          expect(tableText(reopened.table)).toEqual(tableText(saved.table));
          expect(read.entries.map((e) => [e.rationale, e.enabled])).toEqual(entries.map((e) => [e.rationale, e.enabled]));
          expect(reopened.state.locked).toEqual(saved.state.locked);
          expect(reopened.state.envelope.total.eq(saved.state.envelope.total)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps names, rationales and times', () => {
    const text = writeProposal({
      name: 'Delegation X',
      plan,
      entries: [entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, 'to fund =cyber')],
      savedAt: '2026-11-22T10:00:00.000Z',
    });
    const read = readProposal(text, plan);
    expect(read.name).toBe('Delegation X');
    expect(read.entries[0]!.rationale).toBe('to fund =cyber');
    expect(read.entries[0]!.at).toBe('2026-11-22T10:00:00.000Z');
    expect(JSON.parse(text).operations[0]).toMatchObject({ op: 'transfer', amount: '5000', years: ['2030'] });
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"format": ', /not JSON/],
    ['an array', '[]', /no JSON object/],
    ['another format', file([], { format: 'excalidraw' }), /not a proposal of this app/],
    ['a newer version', file([], { version: 2 }), /newer version/],
    ['another plan', file([], { plan: 'itu-2024-2027' }), /plan: it applies to plan "itu-2024-2027"/],
    ['no name', file([], { name: '' }), /name: must be a non-empty text/],
    ['an unknown operation', file([{ op: 'set', line: 'TP1', year: '2028', value: '1' }, { op: 'borrow', line: 'TP1' }]), /^operation 2: unknown operation "borrow"/],
    ['a number where text is expected', file([{ op: 'transfer', from: 'TP1', to: 'TP2', amount: 5000, years: ['2028'] }]), /operation 1 \(transfer\): amount: must be a decimal number written as text/],
    ['a missing field', file([{ op: 'setShare', line: 'TP1' }]), /operation 1 \(setShare\): share:/],
    ['an extra field', file([{ op: 'lock', line: 'TP1', colour: 'red' }]), /operation 1 \(lock\): .*colour/],
    ['a bad enum', file([{ op: 'scale', line: 'TP1', percent: '90', years: ['2028'], compensate: 'all' }]), /operation 1 \(scale\): compensate/],
    ['a bad reduction mode', file([{ op: 'reduction', mode: 'magic' }]), /operation 1 \(reduction\): mode must be one of/],
    ['an unknown line', file([{ op: 'set', line: 'TP9', year: '2028', value: '1' }]), /operation 1 \(set: Set TP9 in 2028 to 1\): TP9 is not a line of this plan/],
    ['an operation that goes below zero', file([{ op: 'set', line: 'TP1', year: '2028', value: '1' }, { op: 'transfer', from: 'TP2', to: 'TP1', amount: '9000', years: ['2028'] }]), /operation 2 \(transfer: .*below zero in 2028/],
    ['a __proto__ key', '{"format":"linkage-calculator/proposal","version":1,"plan":"itu-strategic-plan-2028-2031-appendix-a","name":"x","operations":[{"op":"lock","line":"TP1","__proto__":{"polluted":true}}]}', /operation 1 \(lock\)/],
  ])('refuses %s, saying where', (_, text, message) => {
    expect(opened(text)).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every problem of a file at once, each at its position, those that cannot be read and those that do not apply', () => {
    const text = file([
      { op: 'transfer', from: 'TP1', to: 'TP2', amount: 5000, years: ['2028'] },
      { op: 'set', line: 'TP9', year: '2028', value: '1' },
      { op: 'set', line: 'TP1', year: '2028', value: '99999999999999999999' },
      { op: 'transfer', from: 'TP2', to: 'TP1', amount: '99999', years: ['2028'] },
    ]);
    const problems = (() => {
      try {
        readProposal(text, plan);
        return [];
      } catch (error) {
        return (error as ProposalFileError).problems;
      }
    })();
    // In the file's order, each once, whether it cannot be read (1, 3) or does not apply (2, 4).
    expect(problems.map((p) => p.replace(/:.*/, ''))).toEqual(['operation 1 (transfer)', 'operation 2 (set', 'operation 3 (set)', 'operation 4 (transfer']);
    expect(problems[2]).toBe('operation 3 (set): value: is too large: at most 15 digits');
  });

  it('accepts a switched-off operation that would no longer apply', () => {
    expect(opened(file([{ op: 'set', line: 'TP1', year: '2028', value: '-5', enabled: false }]))).toBe('opened');
  });
});

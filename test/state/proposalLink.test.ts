import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { writeProposal } from '../../src/io/proposalFile';
import { compressToEncodedURIComponent } from 'lz-string';
import { LINK_PREFIX, MAX_LINK_LENGTH, ProposalLinkError, proposalFromLink, proposalLink } from '../../src/io/proposalLink';
import { readProposal } from '../../src/io/proposalFile';
import { initialState } from '../../src/model/apply';
import { replay } from '../../src/model/proposal';
import { activeReplay, activeScenario, createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { followProposalLinks } from '../../src/state/proposalLinks';
import { mixedProposal } from '../support/scaleFiles';
import { tableText } from '../support/tableText';

let counter = 0;
const newStore = (plan = baselinePlan()) => createAppStore(plan, { storage: memoryStorage(), newId: () => `id${++counter}`, now: () => new Date('2026-12-06T10:00:00Z') });
const PAGE = 'https://example.org/linkage/';

/** A proposal of `count` operations as a person makes them: each with its own time and a few words of rationale. */
function proposalOf(count: number): string {
  const file = JSON.parse(mixedProposal(count, 'Delegation of Ruritania')) as { operations: { at: string; rationale: string }[] };
  file.operations.forEach((operation, i) => {
    operation.at = new Date(Date.UTC(2026, 11, 1, 9, 0, 7 * i + (i % 5))).toISOString();
    operation.rationale = i % 3 === 0 ? `To fund the regional initiative ${i + 1} from savings in meetings` : '';
  });
  return JSON.stringify(file);
}

/** The link of a proposal made in one browser. */
function linkOf(text: string, plan = baselinePlan()): string {
  const made = proposalLink(PAGE, text, plan);
  if (!('link' in made)) throw new Error(`too long: ${made.tooLong}`);
  return made.link;
}

/** Opens a link the way a browser does: the page loads with it as its address. */
async function openIn(store: ReturnType<typeof newStore>, link: string) {
  const url = new URL(link);
  let address = url.href;
  const page = {
    location: { hash: url.hash, pathname: url.pathname, search: url.search },
    history: { state: null, replaceState: (_state: unknown, _title: string, to: string) => void (address = to) },
    addEventListener: () => {},
  };
  await followProposalLinks(store, page as never);
  return address;
}

describe('a proposal in a link', () => {
  it('fits 100 operations with times and rationales in at most 8 000 characters, and refuses a much longer one with the advice to save a file', () => {
    const link = linkOf(proposalOf(100));
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.startsWith(`${PAGE}#proposal=`)).toBe(true);
    expect(proposalLink(PAGE, proposalOf(1000), baselinePlan())).toEqual({ tooLong: expect.any(Number) });
  });

  it('opens in a fresh browser as a new scenario replayed on the baseline, figure for figure, and leaves the address without it', async () => {
    const text = proposalOf(100);
    const store = newStore();
    const address = await openIn(store, linkOf(text));
    expect(address).toBe('/linkage/');
    const scenario = activeScenario(store.getState())!;
    expect(scenario.name).toBe('Delegation of Ruritania');
    expect(scenario.entries).toHaveLength(100);
    expect(scenario.entries.map((e) => e.rationale)).toEqual(readProposal(text, baselinePlan()).entries.map((e) => e.rationale));
    const expected = replay(initialState(baselinePlan()), readProposal(text, baselinePlan()).entries.map((e, i) => ({ ...e, id: String(i) })));
    expect(tableText(activeReplay(store.getState()).table)).toEqual(tableText(expected.table));
    expect(store.getState().message?.text).toBe('The proposal in the link was opened as the scenario “Delegation of Ruritania”.');
  });

  it('refuses a damaged link, one for a plan this browser does not have, or one made on another version of the plan, and changes nothing', async () => {
    const link = linkOf(proposalOf(10));
    const refusals: string[] = [];
    const tries = [
      link.slice(0, -40),
      `${link.slice(0, -10)}ABCDEFGHIJ`,
      `${PAGE}#proposal=`,
      linkOf(proposalOf(3).replace('itu-strategic-plan-2028-2031-appendix-a', 'another-plan')),
      // The same plan id with one figure changed: another edition of the plan.
      linkOf(proposalOf(3), { ...baselinePlan(), envelope: new Dec(650_001) }),
    ];
    for (const bad of tries) {
      const store = newStore();
      const before = store.getState().scenarios;
      await openIn(store, bad);
      expect(store.getState().scenarios).toBe(before);
      refusals.push(store.getState().message!.text);
    }
    expect(refusals.slice(0, 3).every((text) => /^This proposal link cannot be opened: the link is damaged.*Nothing was changed\.$/.test(text))).toBe(true);
    expect(refusals[3]).toMatch(/for the plan “another-plan”, which this browser does not have/);
    expect(refusals[4]).toMatch(/made on another version of the plan/);
  });

  it('never opens a link with a character changed as another proposal: each such link is refused as damaged, or is the same proposal', () => {
    const text = proposalOf(3);
    const link = linkOf(text);
    const start = link.indexOf('=') + 1;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    const plans = [baselinePlan()];
    const outcomes = new Set<string>();
    for (let i = start; i < link.length; i++) {
      for (const replacement of [alphabet[(alphabet.indexOf(link[i]!) + 1) % 64]!, alphabet[(alphabet.indexOf(link[i]!) + 29) % 64]!]) {
        const changed = `${link.slice(start - LINK_PREFIX.length, start)}${link.slice(start, i)}${replacement}${link.slice(i + 1)}`;
        try {
          outcomes.add(JSON.stringify(JSON.parse(proposalFromLink(changed, plans).text)) === JSON.stringify(JSON.parse(text)) ? 'the same proposal' : `another proposal at ${i}`);
        } catch (error) {
          outcomes.add(error instanceof ProposalLinkError ? error.message.replace(/:.*/, '') : String(error));
        }
      }
    }
    expect([...outcomes].filter((outcome) => outcome !== 'the same proposal')).toEqual(['the link is damaged']);
  });

  it('opens a link a mail program percent-encoded, and refuses one whose version is not one the app wrote', async () => {
    const link = linkOf(proposalOf(5));
    const encoded = link.replace(/[+$]/g, (c) => encodeURIComponent(c));
    expect(encoded).not.toBe(link);
    const store = newStore();
    await openIn(store, encoded);
    expect(activeScenario(store.getState())?.entries).toHaveLength(5);
    const payload = { link: 0, proposal: JSON.parse(proposalOf(1)) as unknown };
    expect(() => proposalFromLink(`${LINK_PREFIX}${compressToEncodedURIComponent(JSON.stringify(payload))}`, [baselinePlan()])).toThrow(/damaged/);
  });

  it('goes through the same checks as a proposal file: an operation that does not apply is refused by name', async () => {
    const text = JSON.stringify({ ...JSON.parse(writeProposal({ name: 'Odd', plan: baselinePlan(), entries: [], savedAt: '' })), operations: [{ op: 'transfer', from: 'TP1', to: 'TP9', amount: '5', years: ['2030'] }] });
    const store = newStore();
    await openIn(store, linkOf(text));
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().message?.text).toMatch(/^The proposal in the link: This proposal cannot be opened: .*TP9/);
  });
});

import { initialState } from '../model/apply';
import { describeOperation } from '../model/describe';
import { DOCUMENT_STYLE } from '../model/amount';
import type { Plan } from '../model/plan';
import { MAX_NAME, finished, replaySteps, type Entry, type Replay } from '../model/proposal';
import { t } from '../i18n/t';
import { readEntry, operationToJson, type EntryJson } from './operationJson';
import { PlanFileError, readPlan, writePlan } from './planFile';

/**
 * A proposal as a file, to send to colleagues:
 *
 *   { "format": "linkage-calculator/proposal", "version": 1,
 *     "plan": "<plan id>" | { …the whole plan file… },
 *     "name": "…", "savedAt": "…", "operations": [ { "op": "transfer", …, "rationale": "…", "at": "…" } ] }
 *
 * Opening checks everything before anything is imported: the format and
 * version, the plan it applies to, every field of every operation, and that
 * every operation still applies to the plan.
 */
export const PROPOSAL_FORMAT = 'linkage-calculator/proposal';
export const PROPOSAL_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MAX_PROPOSAL_BYTES = 5 * 1024 * 1024;
const MAX_OPERATIONS = 10_000;

export class ProposalFileError extends Error {
  override readonly name = 'ProposalFileError';
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 20).join('; ');
    super(problems.length > 20 ? t('io.proposal.cannotOpenMore', { problems: shown, count: problems.length - 20 }) : t('io.proposal.cannotOpen', { problems: shown }));
  }
}

export interface ProposalToSave {
  readonly name: string;
  readonly plan: Plan;
  readonly entries: readonly Entry[];
  readonly savedAt: string;
  /** Carry the whole plan instead of its id, for someone who does not have it. */
  readonly withWholePlan?: boolean;
}

export function writeProposal({ name, plan, entries, savedAt, withWholePlan = false }: ProposalToSave): string {
  const file = {
    format: PROPOSAL_FORMAT,
    version: PROPOSAL_VERSION,
    plan: withWholePlan ? writePlan(plan) : plan.id,
    name,
    savedAt,
    operations: entries.map((entry) => ({
      ...operationToJson(entry.operation),
      // Plain words for a person reading the file; ignored when it is opened.
      rationale: entry.rationale,
      at: entry.at,
      enabled: entry.enabled,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with the plan a proposal file names or carries, for `plan`: nothing, or one problem. */
function planProblems(filePlan: unknown, plan: Plan): string[] {
  if (typeof filePlan === 'string') return filePlan === plan.id ? [] : [t('io.proposal.otherPlan', { found: filePlan, id: plan.id })];
  if (!isRecord(filePlan)) return [t('io.proposal.noPlan')];
  try {
    const read = readPlan(filePlan);
    return JSON.stringify(writePlan(read)) === JSON.stringify(writePlan(plan)) ? [] : [t('io.proposal.planDiffers', { found: read.id, id: plan.id })];
  } catch (error) {
    return [t('io.proposal.planProblems', { problems: error instanceof PlanFileError ? error.problems.join('; ') : String(error) })];
  }
}

/** Reads a proposal file's text for `plan`, or throws a {@link ProposalFileError} listing every problem with its position. */
export function readProposal(text: string, plan: Plan): { name: string; entries: EntryJson[] } {
  const { name, entries } = readProposalAs(text, plan, (position) => String(position));
  return { name, entries: entries.map(({ id: _id, ...entry }) => entry) };
}

/**
 * A proposal file read and checked, its entries given the ids `idOf` makes
 * of their positions (from 1), with the replay that checked them: a
 * 500-operation proposal is replayed once when it is opened, not again for
 * its scenario.
 */
export function readProposalAs(text: string, plan: Plan, idOf: (position: number) => string): ReadProposal {
  return finished(readProposalSteps(text, plan, idOf));
}

/** A proposal file as read: its name, its entries, and their replay on the plan (none for another plan's). */
export interface ReadProposal {
  readonly name: string;
  readonly entries: Entry[];
  readonly replay: Replay | null;
}

/** The same, its replay an entry at a time: yields how many of how many operations are checked. */
export function* readProposalSteps(text: string, plan: Plan, idOf: (position: number) => string): Generator<{ done: number; total: number }, ReadProposal> {
  if (text.length > MAX_PROPOSAL_BYTES) throw new ProposalFileError([t('io.proposal.tooLarge', { size: String(MAX_PROPOSAL_BYTES / 1024 / 1024) })]);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ProposalFileError([t('io.proposal.notJson', { reason: (error as Error).message })]);
  }
  if (!isRecord(json)) throw new ProposalFileError([t('io.proposal.noObject')]);
  if (json.format !== PROPOSAL_FORMAT) {
    throw new ProposalFileError([t('io.proposal.otherFormat', { found: JSON.stringify(json.format ?? null), expected: PROPOSAL_FORMAT })]);
  }
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    throw new ProposalFileError([t('io.proposal.version')]);
  }
  if (json.version > PROPOSAL_VERSION) {
    throw new ProposalFileError([t('io.proposal.newer', { version: String(json.version), supported: String(PROPOSAL_VERSION) })]);
  }

  const problems = planProblems(json.plan, plan);
  // Operations are replayed only on the plan they were made for.
  const isOtherPlan = problems.length > 0;
  const name = typeof json.name === 'string' && json.name.trim() !== '' ? json.name.trim().slice(0, MAX_NAME) : null;
  if (name === null) problems.push(t('io.proposal.noName'));
  if (!Array.isArray(json.operations)) problems.push(t('io.proposal.noOperations'));
  else if (json.operations.length > MAX_OPERATIONS) problems.push(t('io.proposal.tooManyOperations', { max: String(MAX_OPERATIONS) }));
  const unknownKeys = Object.keys(json).filter((key) => !['format', 'version', 'plan', 'name', 'savedAt', 'operations'].includes(key));
  if (unknownKeys.length > 0) problems.push(t('io.proposal.unknownFields', { count: unknownKeys.length, keys: unknownKeys.join(', ') }));

  const read: { readonly position: number; readonly entry: EntryJson }[] = [];
  // Each operation's problems at its position: the list reads in the file's order, whatever found them.
  const atPosition: string[][] = [];
  if (Array.isArray(json.operations) && json.operations.length <= MAX_OPERATIONS) {
    json.operations.forEach((raw, i) => {
      const entry = readEntry(raw, t('io.proposal.operation', { number: String(i + 1) }));
      if ('problems' in entry) atPosition[i] = entry.problems;
      else read.push({ position: i + 1, entry: entry.entry });
    });
  }
  // Every switched-on operation must apply, in order, to the plan. Those that
  // can be read are replayed even when others cannot, so that every problem
  // of the file is reported at once, each at its position.
  const withIds: Entry[] = read.map(({ position, entry }) => ({ ...entry, id: idOf(position) }));
  let replayed: Replay | null = null;
  if (!isOtherPlan) {
    const steps = replaySteps(initialState(plan), withIds);
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done === true) {
        replayed = next.value;
        break;
      }
      yield { done: next.value, total: withIds.length };
    }
  }
  withIds.forEach(({ id, operation }, k) => {
    const why = replayed?.failures.get(id);
    const position = read[k]!.position;
    if (why !== undefined) atPosition[position - 1] = [t('io.proposal.notApplied', { number: String(position), op: operation.op, description: describeOperation(operation, plan, DOCUMENT_STYLE), reason: why })];
  });
  problems.push(...new Set(atPosition.flat()));
  if (problems.length > 0) throw new ProposalFileError(problems);
  return { name: name!, entries: withIds, replay: replayed };
}

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Plan } from '../model/plan';
import { t } from '../i18n/t';
import { writePlan } from './planFile';

/**
 * A proposal in a link, to send by e-mail or chat: the proposal file's JSON,
 * compressed (lz-string) into the URL's fragment, which a browser never sends
 * to a server. The link says which version of the link it is and carries a
 * fingerprint of the plan it was made on, so that a link made on another
 * edition of the same plan (other figures under the same id) is refused
 * rather than replayed on figures it was not made for. Opening it takes the
 * same checks as a proposal file (readProposal).
 *
 *   https://host/app/#proposal=<lz-string of {"link":1,"planPrint":"…","proposal":{…}}>
 */
export const LINK_PREFIX = '#proposal=';
export const LINK_VERSION = 1;
/** The longest link made: longer ones are cut by mail programs and chat windows. */
export const MAX_LINK_LENGTH = 8000;

export class ProposalLinkError extends Error {
  override readonly name = 'ProposalLinkError';
}

/** FNV-1a of a text, as base 36, from a given start: two starts give two independent 32-bit sums. */
function fnv(text: string, start: number): string {
  let hash = start;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** A short fingerprint of a plan's whole content (over its plan file): the same plan gives the same text. */
export function planFingerprint(plan: Plan): string {
  // The plan's words in other languages are not its figures: a link made in French opens in English.
  const { translations: _translations, ...figures } = writePlan(plan);
  return fnv(JSON.stringify(figures), 0x811c9dc5);
}

/**
 * A check sum of the proposal's text (64 bits in two sums): a character
 * changed in an e-mail can still decompress to a plausible proposal with
 * other figures (a review found 78 such one-character changes of one link),
 * and the sum tells it from the link as made.
 */
const checkSum = (text: string): string => `${fnv(text, 0x811c9dc5)}.${fnv(text, 0x2545f491)}`;

/** The link to `page` (its address without fragment) that carries the proposal file's text, or how long it would be when too long. */
export function proposalLink(page: string, proposalText: string, plan: Plan): { readonly link: string } | { readonly tooLong: number } {
  const proposal = JSON.stringify(JSON.parse(proposalText));
  const payload = JSON.stringify({ link: LINK_VERSION, planPrint: planFingerprint(plan), sum: checkSum(proposal), proposal: JSON.parse(proposal) as unknown });
  const link = `${page.replace(/#.*$/, '')}${LINK_PREFIX}${compressToEncodedURIComponent(payload)}`;
  return link.length > MAX_LINK_LENGTH ? { tooLong: link.length } : { link };
}

/** Whether a page's fragment carries a proposal. */
export const hasProposal = (hash: string): boolean => hash.startsWith(LINK_PREFIX);

/**
 * The proposal file's text a fragment carries, checked against the plan it
 * claims; throws a {@link ProposalLinkError} saying what is wrong when the
 * link is damaged, newer than this app, or made on another edition of the plan.
 */
const damaged = (): ProposalLinkError => new ProposalLinkError(t('io.link.damaged'));

/** The link's payload, its compressed text percent-decoded first where a mail program encoded it (lz-string's alphabet has no “%”). */
function payloadOf(packed: string): Record<string, unknown> {
  try {
    const text = decompressFromEncodedURIComponent(packed.includes('%') ? decodeURIComponent(packed) : packed);
    const payload: unknown = JSON.parse(text || 'null');
    if (typeof payload === 'object' && payload !== null && 'proposal' in payload && 'link' in payload) return payload as Record<string, unknown>;
  } catch {
    // Not a payload: said below.
  }
  throw damaged();
}

export function proposalFromLink(hash: string, plans: readonly Plan[]): { readonly text: string; readonly plan: Plan } {
  const { link, planPrint, sum, proposal } = payloadOf(hash.slice(LINK_PREFIX.length));
  if (typeof link !== 'number' || !Number.isInteger(link) || link < 1) throw damaged();
  if (link > LINK_VERSION) throw new ProposalLinkError(t('io.link.newer'));
  const text = JSON.stringify(proposal);
  if (sum !== checkSum(text)) throw damaged();
  const planId = typeof proposal === 'object' && proposal !== null && 'plan' in proposal ? (proposal as { plan: unknown }).plan : null;
  const plan = plans.find((p) => p.id === planId);
  if (plan === undefined) throw new ProposalLinkError(t('io.link.unknownPlan', { id: String(planId) }));
  if (planPrint !== planFingerprint(plan)) throw new ProposalLinkError(t('io.link.otherVersion', { title: plan.title }));
  return { text, plan };
}

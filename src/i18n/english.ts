import app from './catalogues/en/app.json';
import common from './catalogues/en/common.json';
import importing from './catalogues/en/import.json';
import io from './catalogues/en/io.json';
import model from './catalogues/en/model.json';
import panels from './catalogues/en/panels.json';
import proposal from './catalogues/en/proposal.json';
import state from './catalogues/en/state.json';

/**
 * The English catalogue, the reference every other language is checked
 * against (test/i18n). One file per part of the app, so that a message sits
 * beside its neighbours; a message's id is its file's name, a dot, its key.
 */
const NAMESPACES = { app, common, import: importing, io, model, panels, proposal, state } as const;

type Namespaces = typeof NAMESPACES;
export type MessageId = { [N in keyof Namespaces]: `${N}.${keyof Namespaces[N] & string}` }[keyof Namespaces];
export type Messages = Readonly<Record<string, string>>;
export type Catalogue = Readonly<Record<string, Messages>>;

export const NAMESPACE_NAMES = Object.keys(NAMESPACES) as readonly (keyof Namespaces)[];

/** A language's files as one table of ids. */
export function flatten(catalogue: Catalogue): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [namespace, entries] of Object.entries(catalogue)) {
    for (const [key, text] of Object.entries(entries)) messages[`${namespace}.${key}`] = text;
  }
  return messages;
}

export const ENGLISH: Messages = flatten(NAMESPACES);

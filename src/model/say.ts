/**
 * The engine's words (operation descriptions, refusals) in the person's
 * language. The engine imports no catalogue: the app installs the formatter
 * (src/i18n/t.ts) and the engine asks it by message id. Until one is
 * installed, an id stands for itself, which a test would notice at once.
 */
export type MessageValues = Readonly<Record<string, string | number>>;
export type Say = (id: string, values?: MessageValues) => string;

let current: Say = (id) => id;

/** The message `id` of the catalogues, with its placeholders filled in. */
export function say(id: string, values?: MessageValues): string {
  return current(id, values);
}

/** Installs the formatter of the language chosen (src/i18n/t.ts only). */
export function installSay(formatter: Say): void {
  current = formatter;
}

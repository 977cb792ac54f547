import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { installSay, type MessageValues } from '../model/say';
import { loadMessages } from './catalogues';
import { ENGLISH, type MessageId, type Messages } from './english';
import { isRightToLeft, type Language } from './languages';

const cache = createIntlCache();

function intlFor(language: Language, messages: Messages): IntlShape {
  return createIntl(
    {
      // Latin digits in every language: counts in messages keep the figures the person reads in the table.
      locale: `${language}-u-nu-latn`,
      defaultLocale: 'en',
      messages,
      // A message the language lacks is English (merged below), never an id on screen; nothing to report.
      onError: () => {},
    },
    cache,
  );
}

let language: Language = 'en';
let intl = intlFor('en', ENGLISH);

/** A figure as a number style writes it (`57 023`, `-1 000`, `36,07%`, `57'023.5`), or a period (`2028-2031`). */
const FIGURE = /^[-+\u2212]?\d[\d '\u00a0\u202f.,\-\u2013]*%?$/;

/**
 * In right-to-left text a figure grouped with spaces would be read as two
 * numbers and laid out backwards (`57 023` as `023 57`): each figure is
 * isolated left to right (U+2066 … U+2069), unseen, as it is.
 */
function isolated(values: MessageValues | undefined): MessageValues | undefined {
  if (values === undefined || !isRightToLeft(language)) return values;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' && FIGURE.test(value) ? `\u2066${value}\u2069` : value]));
}

/** A text read left to right whatever the language (a sample of figures, an address): isolated so in right-to-left text. */
export function leftToRight(text: string): string {
  return isRightToLeft(language) ? `\u2066${text}\u2069` : text;
}

type MessageFormat = ReturnType<IntlShape['formatters']['getMessageFormat']>;
/**
 * Each message compiled once for the language spoken: @formatjs looks its
 * compiled messages up by their arguments written out as JSON, the formats
 * among them, at every call, and a 500-operation proposal says a few
 * thousand messages (a tenth of a second of its opening).
 */
let compiled = new Map<string, MessageFormat>();

function format(id: string, values?: MessageValues): string {
  let message = compiled.get(id);
  const text = intl.messages[id];
  if (message === undefined && typeof text === 'string') {
    message = intl.formatters.getMessageFormat(text, intl.locale, intl.formats, { formatters: intl.formatters });
    compiled.set(id, message);
  }
  let formatted: unknown;
  try {
    formatted = message?.format(isolated(values));
  } catch {
    // A value missing: as below.
  }
  // No message, one that failed, or one not plain text once formatted: what @formatjs says of it.
  return typeof formatted === 'string' ? formatted : intl.formatMessage({ id }, isolated(values));
}

/** The message `id` in the language chosen, with its placeholders (figures already in the chosen number style). */
export function t(id: MessageId, values?: MessageValues): string {
  return format(id, values);
}

const sayAny = format;
installSay(sayAny);

/** Loads a language's catalogue and speaks it from now on, English standing in for any message it lacks. */
export async function chooseLanguage(next: Language): Promise<void> {
  const messages = next === 'en' ? ENGLISH : { ...ENGLISH, ...(await loadMessages(next)) };
  intl = intlFor(next, messages);
  compiled = new Map();
  language = next;
}

export function currentLanguage(): Language {
  return language;
}

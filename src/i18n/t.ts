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

function format(id: string, values?: MessageValues): string {
  return intl.formatMessage({ id }, isolated(values));
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
  language = next;
}

export function currentLanguage(): Language {
  return language;
}

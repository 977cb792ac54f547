import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { installSay, type MessageValues } from '../model/say';
import { loadMessages } from './catalogues';
import { ENGLISH, type MessageId, type Messages } from './english';
import type { Language } from './languages';

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

/** The message `id` in the language chosen, with its placeholders (figures already in the chosen number style). */
export function t(id: MessageId, values?: MessageValues): string {
  return intl.formatMessage({ id }, values);
}

function sayAny(id: string, values?: MessageValues): string {
  return intl.formatMessage({ id }, values);
}
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

import { flatten, NAMESPACE_NAMES, type Catalogue, type Messages } from './english';
import type { Language } from './languages';

// Each language's files are loaded only when it is chosen: English is in the page, the others are not.
const FILES = import.meta.glob<Messages>('./catalogues/*/*.json', { import: 'default' });

/** A language's catalogue, file by file (English included, for the tests that compare them). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const catalogue: Record<string, Messages> = {};
  await Promise.all(
    NAMESPACE_NAMES.map(async (namespace) => {
      const load = FILES[`./catalogues/${language}/${namespace}.json`];
      catalogue[namespace] = load ? await load() : {};
    }),
  );
  return catalogue;
}

/** A language's messages as one table of ids. */
export async function loadMessages(language: Language): Promise<Messages> {
  return flatten(await loadCatalogue(language));
}

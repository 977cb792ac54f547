import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/catalogues';
import { ENGLISH, NAMESPACE_NAMES } from '../../src/i18n/english';
import { LANGUAGES } from '../../src/i18n/languages';

/** The names a message fills in: its placeholders, plural and select arguments, at any depth. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const sorted = (names: Set<string>) => [...names].sort();

describe('message catalogues', () => {
  it('English has messages in every part of the app', () => {
    expect(NAMESPACE_NAMES.filter((namespace) => !Object.keys(ENGLISH).some((id) => id.startsWith(`${namespace}.`)))).toEqual([]);
  });

  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    it(`${language}: every English key, with the same placeholders, and nothing else`, async () => {
      const catalogue = await loadCatalogue(language);
      const problems: string[] = [];
      for (const namespace of NAMESPACE_NAMES) {
        const english = Object.keys(ENGLISH).filter((id) => id.startsWith(`${namespace}.`));
        const theirs = catalogue[namespace] ?? {};
        for (const id of english) {
          const key = id.slice(namespace.length + 1);
          const text = theirs[key];
          if (text === undefined) {
            problems.push(`${id}: missing`);
            continue;
          }
          const expected = sorted(argumentsOf(parse(ENGLISH[id]!)));
          let found: string[];
          try {
            found = sorted(argumentsOf(parse(text)));
          } catch (error) {
            problems.push(`${id}: not ICU MessageFormat (${String(error)})`);
            continue;
          }
          if (found.join() !== expected.join()) problems.push(`${id}: placeholders ${found.join()} instead of ${expected.join()}`);
        }
        for (const key of Object.keys(theirs)) if (!english.includes(`${namespace}.${key}`)) problems.push(`${namespace}.${key}: not in English`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('every English message is valid ICU MessageFormat', () => {
    const broken = Object.entries(ENGLISH).filter(([, text]) => {
      try {
        parse(text);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it("every id the engine asks for (say('…')) is in the English catalogue", () => {
    const root = join(import.meta.dirname, '../../src/model');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const asked = files.flatMap((name) => [...readFileSync(join(root, name), 'utf8').matchAll(/\bsay\(\s*'([^']+)'/g)].map((match) => match[1]!));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => !(id in ENGLISH))).toEqual([]);
  });
});

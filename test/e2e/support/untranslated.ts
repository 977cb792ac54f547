import type { Page } from 'playwright-core';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * What would show that a text of the interface was not translated: a message
 * id on screen (`app.tabs.pool`), or an English message where the language's
 * own differs. A text is compared whole (a text node, an aria-label, a title, a
 * placeholder), so that the plan's own English names never count.
 */
export interface Untranslated {
  readonly ids: string[];
  /** Each as `id: text`, the English message it reads as. */
  readonly english: string[];
}

const ID = /^(app|common|import|io|model|panels|proposal|state)\.[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

/** The static text of a message with its simple placeholders as wildcards; null for plurals and selects or one with too few words of its own. */
function patternOf(message: string): RegExp | null {
  let elements: MessageFormatElement[];
  try {
    elements = parse(message);
  } catch {
    return null;
  }
  let source = '';
  let letters = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      source += element.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      letters += element.value.replace(/[^A-Za-z]/g, '').length;
    } else if (element.type === TYPE.argument) source += '.+?';
    else return null;
  }
  return letters >= 6 ? new RegExp(`^${source}$`) : null;
}

/** The English messages that would read the same if shown in `language`'s place, as patterns. */
export function englishPatterns(english: Readonly<Record<string, string>>, theirs: Readonly<Record<string, string>>): Map<string, RegExp> {
  const patterns = new Map<string, RegExp>();
  for (const [id, text] of Object.entries(english)) {
    if (theirs[id] === text) continue;
    const pattern = patternOf(text);
    if (pattern) patterns.set(id, pattern);
  }
  return patterns;
}

/** Every text a person can see or hear in the page now: visible text nodes, and labels, titles and placeholders. */
export function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (text !== '' && parent !== null && parent.checkVisibility() && !parent.closest('script,style')) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label],[title],[placeholder]')) {
      if (!element.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The texts among `texts` that are ids or English messages. */
export function untranslated(texts: readonly string[], patterns: Map<string, RegExp>): Untranslated {
  const ids = texts.filter((text) => ID.test(text));
  const english = texts.flatMap((text) => {
    const match = [...patterns].find(([, pattern]) => pattern.test(text));
    return match === undefined ? [] : [`${match[0]}: ${text}`];
  });
  return { ids: [...new Set(ids)], english: [...new Set(english)] };
}

import { describe, expect, it } from 'vitest';
import { browserLanguage, keepLanguage, startingLanguage } from '../../src/i18n/languages';
import { chooseLanguage, currentLanguage, leftToRight, t } from '../../src/i18n/t';
import { computeTable, rowOf } from '../../src/model/table';
import { tableInWords } from '../../src/model/tableWords';
import { fileNameFor } from '../../src/ui/common/download';
import { planShown } from '../../src/i18n/planShown';
import { publishedAppendix } from '../../src/state/baseline';
import { planInLanguage } from '../../src/model/planLanguage';

const memoryStorage = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
};

describe('the language of the interface', () => {
  it("defaults to the first of the browser's languages the app speaks, else English", () => {
    expect(browserLanguage(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(browserLanguage(['zh-Hant-TW'])).toBe('zh');
    expect(browserLanguage(['AR'])).toBe('ar');
    expect(browserLanguage(['de', 'it'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });

  it('is remembered, and a store that cannot be read falls back to the browser', () => {
    const localStorage = memoryStorage();
    const navigator = { languages: ['es-ES'] };
    expect(startingLanguage({ localStorage, navigator })).toBe('es');
    keepLanguage({ localStorage }, 'ru');
    expect(startingLanguage({ localStorage, navigator })).toBe('ru');
    localStorage.setItem('linkage-calculator/language', 'klingon');
    expect(startingLanguage({ localStorage, navigator })).toBe('es');
    const refusing = { ...memoryStorage(), getItem: () => { throw new Error('denied'); } } as Storage;
    expect(startingLanguage({ localStorage: refusing, navigator: { language: 'ar-EG' } })).toBe('ar');
  });

  it('formats messages with plurals and placeholders in the language chosen, then back', async () => {
    await chooseLanguage('fr');
    expect(currentLanguage()).toBe('fr');
    expect(t('common.language')).toBe('Langue');
    await chooseLanguage('en');
    expect(t('common.language')).toBe('Language');
  });
});

describe("a plan's words in a language", () => {
  it("Appendix A in French: its names, and the app's words for its default ones; figures and codes unchanged", async () => {
    const plan = publishedAppendix();
    await chooseLanguage('fr');
    const french = planShown(plan, 'fr');
    await chooseLanguage('en');
    expect(french.lines.map((line) => line.name)).toEqual([
      'Spectre et orbites de satellites',
      'Ressources internationales de numérotage',
      'Infrastructures et services inclusifs et sécurisés',
      'Applications numériques',
      'Environnement propice',
    ]);
    expect([french.subtotalName, french.lineHeading, french.reduction.name]).toEqual(['Sous-total', 'Priorité thématique', 'Réduction globale progressive']);
    expect(french.lines.map((line) => line.code)).toEqual(plan.lines.map((line) => line.code));
    expect(french.reduction.amounts).toBe(plan.reduction.amounts);
    expect(planShown(plan, 'en')).toBe(plan);
  });

  it('in a language the plan does not give: its names stay, the default words are the app’s', async () => {
    const plan = publishedAppendix();
    await chooseLanguage('es');
    const spanish = planShown(plan, 'es');
    await chooseLanguage('en');
    expect(spanish.lines[0]!.name).toBe('Spectrum and satellite orbits');
    expect(spanish.subtotalName).toBe('Subtotal');
    expect(spanish.lineHeading).toBe('Prioridad temática');
    // The same object each time: what is computed from a plan is computed once.
    expect(planInLanguage(plan, 'es')).toBe(spanish);
  });
});

describe('a computed table in the words of a language', () => {
  it('keeps every figure of the fast path, renames the rows, and keeps a row object from one call to the next', async () => {
    const plan = publishedAppendix();
    const table = computeTable(plan);
    await chooseLanguage('ru');
    const russian = planShown(plan, 'ru');
    await chooseLanguage('en');
    const renamed = tableInWords(table, russian);
    expect(renamed.rows.map((row) => row.total.toString())).toEqual(table.rows.map((row) => row.total.toString()));
    expect(renamed.rows.map((row) => row.years.map(String))).toEqual(table.rows.map((row) => row.years.map(String)));
    expect(rowOf(renamed, 'subtotal').name).toBe('Промежуточный итог');
    expect(rowOf(renamed, 'TP1')).toBe(rowOf(table, 'TP1'));
    expect(rowOf(tableInWords(table, russian), 'total')).toBe(rowOf(renamed, 'total'));
    expect(renamed.layout.lineHeading).toBe('Тематический приоритет');
  });
});

describe('figures in right-to-left text', () => {
  it('are isolated left to right in Arabic, and untouched elsewhere', async () => {
    await chooseLanguage('ar');
    const arabic = t('common.storageRefused', { problem: '57 023' });
    const sample = leftToRight('57 023 · 36,07%');
    await chooseLanguage('fr');
    const french = t('common.storageRefused', { problem: '57 023' });
    await chooseLanguage('en');
    expect(arabic).toContain('\u206657 023\u2069');
    expect(sample).toBe('\u206657 023 · 36,07%\u2069');
    expect(french).toContain('(57 023)');
    expect(french).not.toContain('\u2066');
  });
});

describe('file names in every script', () => {
  it('keeps the letters of any language, drops accents and signs', () => {
    expect(fileNameFor('Предложение 1', 'json')).toBe('Предложение-1.json');
    expect(fileNameFor('مقترح ٢', 'json')).toBe('مقترح-٢.json');
    expect(fileNameFor('提案 3', 'xlsx')).toBe('提案-3.xlsx');
    expect(fileNameFor('Référence « publiée »', 'csv')).toBe('Reference-publiee.csv');
    expect(fileNameFor('***', 'json')).toBe('proposal.json');
  });
});

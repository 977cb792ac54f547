/**
 * The column headings this app's workbooks write in each of its languages
 * (`model.column.*` in the catalogues; test/io/import/headingWords.test.ts
 * keeps the two the same), read back as the English ones the import knows:
 * a workbook exported in Arabic imports in a French interface. Spaces of any
 * width count as one.
 */
const SHARE = new Set(['en %', 'в %', '百分比', 'النسبة %']);
const TOTAL = new Set(['итого', '总计', 'المجموع']);
/** "Итого 2028-2029", "المجموع 2028-2029" before the period; "2028-2029总计" after it. */
const TOTAL_BEFORE = /^(итого|المجموع) (.+)$/;
const TOTAL_AFTER = /^(.+?) ?总计$/;

const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** The marks that keep a figure left to right in Arabic text (i18n/t.ts): unseen, and not part of a heading. */
const ISOLATES = /[\u2066-\u2069]/g;

export function englishHeading(given: string): string {
  const text = given.replace(ISOLATES, '');
  const words = plain(text).toLowerCase();
  if (SHARE.has(words)) return 'In %';
  if (TOTAL.has(words)) return 'Total';
  const before = TOTAL_BEFORE.exec(plain(text).replace(/^итого/i, 'итого'));
  if (before) return `Total ${before[2]}`;
  const after = TOTAL_AFTER.exec(plain(text));
  if (after) return `Total ${after[1]}`;
  return text;
}

/**
 * What this app's workbooks name the plan's own figures' sheet in each
 * language (`common.plan.publishedBaseline` and `common.plan.tableAsImported`;
 * the same test holds them to the catalogues): an export's baseline sheet is
 * known whatever the language it was made in, and the scenario's read first.
 */
export const BASELINE_NAMES: readonly string[] = [
  'Published baseline',
  'Table as imported',
  'Référence publiée',
  'Tableau tel qu’importé',
  'Referencia publicada',
  'Cuadro tal como se importó',
  'Базовый вариант',
  'Таблица в импортированном виде',
  '已公布的基线',
  '导入时的表格',
  'خط الأساس المنشور',
  'الجدول كما استُورد',
];

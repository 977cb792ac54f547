import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { chooseLanguage, t } from '../../../src/i18n/t';
import { initialState } from '../../../src/model/apply';
import { columnShareName, shareHeading, totalOver } from '../../../src/model/columns';
import { DOCUMENT_STYLE } from '../../../src/model/amount';
import { replay } from '../../../src/model/proposal';
import { computeTable } from '../../../src/model/table';
import { previewSource, readSource } from '../../../src/io/importFile';
import { BASELINE_NAMES, englishHeading } from '../../../src/io/import/headingWords';
import { planShown } from '../../../src/i18n/planShown';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { plan, scenario } from '../../support/workbooks';

afterEach(() => chooseLanguage('en'));

describe("the app's own headings in every language, read back", () => {
  it('reads each language’s share and total headings as the English ones', async () => {
    for (const language of LANGUAGES) {
      await chooseLanguage(language);
      expect([language, englishHeading(shareHeading()), englishHeading(totalOver('Total')), englishHeading(totalOver('2028-2029'))]).toEqual([language, 'In %', 'Total', 'Total 2028-2029']);
      expect(englishHeading(columnShareName())).toBe(columnShareName());
      expect(BASELINE_NAMES).toEqual(expect.arrayContaining([t('common.plan.publishedBaseline'), t('common.plan.tableAsImported')]));
    }
  });

  it('imports a workbook exported in any language, in any other, with the same figures', async () => {
    const made = replay(initialState(plan), scenario.entries);
    for (const language of LANGUAGES) {
      await chooseLanguage(language);
      // As the export worker does: the plan in the words of the language (its names, Subtotal, Total, its baseline's name).
      const built = buildWorkbook({ plan: planShown(plan, language), baseline: replay(initialState(plan), []), scenarios: [{ scenario, replay: made }], style: DOCUMENT_STYLE, exportedAt: new Date('2026-11-22T10:00:00Z'), appVersion: 't' });
      const bytes = await workbookBytes(built);
      await chooseLanguage(language === 'en' ? 'ar' : 'en');
      const source = await readSource(bytes, `${language}.xlsx`, async (file) => workbookRows(file), 'table');
      expect([language, source.source.name]).toEqual([language, expect.stringContaining(scenario.name)]);
      const preview = await previewSource(source, { plan, table: computeTable(plan) }, {}, 'table');
      expect([language, preview.mismatches]).toEqual([language, []]);
      const totals = (table: typeof made.table) => table.rows.map((row) => `${row.id} ${row.total.toString()}`);
      expect([language, ...totals(computeTable(preview.plan))]).toEqual([language, ...totals(made.table)]);
    }
  });
});

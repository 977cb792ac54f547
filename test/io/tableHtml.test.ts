// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, ENGLISH_STYLE, SWISS_STYLE, type NumberStyle } from '../../src/model/amount';
import type { DisplayUnit } from '../../src/model/displayUnit';
import type { Plan } from '../../src/model/plan';
import { computeTable } from '../../src/model/table';
import { shownRows } from '../../src/io/tableCells';
import { blockHtml, tableHtml } from '../../src/io/tableHtml';
import { baselinePlan } from '../../src/state/baseline';
import { sevenYearPlan } from '../support/plans';
// Read through Vite: in jsdom, files cannot be opened by their URL as test/support/reference.ts does.
import referenceCsv from '../../fixtures/reference/appendix-a-2028-2031.csv?raw';

const CAPTION = { title: 'Appendix A', subtitle: 'CHF thousands – published baseline' };

function parsed(plan: Plan, style: NumberStyle = DOCUMENT_STYLE, displayUnit: DisplayUnit = 'plan') {
  const html = tableHtml(computeTable(plan), { plan, style, displayUnit }, CAPTION);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const rows = (part: string) => [...doc.querySelectorAll(`${part} tr`)].map((row) => [...row.children] as HTMLTableCellElement[]);
  return { html, doc, head: rows('thead'), body: rows('tbody') };
}

/** A reference figure (`57023`, `-1000`, `36.07`) written in a style, independently of the app's formatter; a grouping space is a no-break one, so that no word processor splits the figure. */
function inStyle(column: string, figure: string, style: NumberStyle): string {
  if (column === 'share') return `${figure.replace('.', style.decimal)}%`;
  return figure.replace(/\B(?=(\d{3})+(?!\d))/g, style.group === ' ' ? '\u00a0' : style.group);
}

const COLUMNS = ['2028', '2029', '2028-2029', '2030', '2031', '2030-2031', 'total', 'share'];

/** Every published figure, by row: code, name, then the figures in COLUMNS order (as the reference's header has them). */
const REFERENCE = referenceCsv
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .slice(1)
  .map((line) => line.split(','));

describe('the table as HTML for Word, e-mail and Excel', () => {
  it('has the print view’s two header rows: a biennium over its years and its Total, the others through both', () => {
    const { head } = parsed(baselinePlan());
    const cells = head.map((row) => row.map((cell) => [cell.tagName, cell.textContent, cell.colSpan, cell.rowSpan]));
    expect(cells).toEqual([
      [
        ['TH', 'Code', 1, 2],
        ['TH', 'Thematic priority', 1, 2],
        ['TH', '2028-2029', 3, 1],
        ['TH', '2030-2031', 3, 1],
        ['TH', '2028-2031', 1, 2],
        ['TH', 'In %', 1, 2],
      ],
      ['2028', '2029', 'Total', '2030', '2031', 'Total'].map((text) => ['TH', text, 1, 1]),
    ]);
    for (const cell of head.flat()) {
      expect(cell.style.fontWeight).toBe('bold');
      expect(cell.style.textAlign).toBe('center');
      expect(cell.style.borderTopStyle).toBe('solid');
    }
  });

  it.each([
    ['document', DOCUMENT_STYLE, '57\u00a0023', '36,07%', '-1\u00a0000'],
    ['Swiss', SWISS_STYLE, "57'023", '36.07%', "-1'000"],
    ['English', ENGLISH_STYLE, '57,023', '36.07%', '-1,000'],
  ])('writes every published figure as the grid shows it in the %s style', (_, style, tp1, share, reduction) => {
    const { body } = parsed(baselinePlan(), style);
    expect(body.map((row) => row.map((cell) => cell.textContent))).toEqual(
      REFERENCE.map(([code, name, ...figures]) => [code!.startsWith('TP') ? code : '', name, ...COLUMNS.map((c, i) => inStyle(c, figures[i]!, style))]),
    );
    expect(body[0]![2]!.textContent).toBe(tp1);
    expect(body[0]![9]!.textContent).toBe(share);
    expect(body[6]![2]!.textContent).toBe(reduction);
  });

  it('writes figures in millions with one decimal when the grid shows millions, and says so in its unit line', () => {
    const plan = baselinePlan();
    const html = tableHtml(computeTable(plan), { plan, style: DOCUMENT_STYLE, displayUnit: 'millions' }, { title: plan.title, subtitle: 'CHF millions – published baseline' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const tp1 = [...doc.querySelectorAll('tbody tr')[0]!.children];
    expect(tp1.slice(2).map((cell) => cell.textContent)).toEqual(['57,0', '57,1', '114,1', '58,2', '62,7', '120,9', '235,0', '36,07%']);
    // Excel gets the figure exactly, in millions.
    expect(tp1[2]!.getAttribute('x:num')).toBe('57.023');
    expect(tp1[2]!.getAttribute('style')).toContain("mso-number-format:'\\#\\,\\#\\#0\\.0'");
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual([plan.title, 'CHF millions – published baseline']);
  });

  it('sets Subtotal and Total in bold under a heavier rule, the reduction plain with its minus signs, figures right-aligned, every cell bordered', () => {
    const { body } = parsed(baselinePlan());
    const [tp1, , , , , subtotal, reduction, total] = body;
    for (const row of [subtotal!, total!]) {
      for (const cell of row) {
        expect(cell.style.fontWeight).toBe('bold');
        expect(cell.style.borderTopWidth).toBe('2px');
      }
    }
    for (const cell of [...tp1!, ...reduction!]) {
      expect(cell.style.fontWeight).toBe('');
      expect(cell.style.borderTopWidth).toBe('1px');
    }
    for (const cell of reduction!) expect(cell.style.fontStyle).toBe('');
    expect(reduction![2]!.textContent).toBe('-1\u00a0000');
    for (const cell of body.flat()) {
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) expect(cell.style[`border${side}Style`]).toBe('solid');
    }
    for (const cell of body.flatMap((row) => row.slice(2))) {
      expect(cell.style.textAlign).toBe('right');
      expect(cell.style.whiteSpace).toBe('nowrap');
    }
    for (const cell of body.flatMap((row) => row.slice(0, 2))) expect(cell.style.textAlign).toBe('');
  });

  it('gives Excel each figure exactly as a number with its format, a share as a fraction, and labels as text', () => {
    const { html, body } = parsed(baselinePlan());
    expect(html).toMatch(/^<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"/);
    expect(html).toMatch(/<body>\n<!--StartFragment--><p[^]*<\/table><!--EndFragment-->\n<\/body>\n<\/html>$/);
    const [tp1] = body;
    expect(tp1![2]!.getAttribute('x:num')).toBe('57023');
    expect(tp1![2]!.getAttribute('style')).toContain("mso-number-format:'\\#\\,\\#\\#0'");
    expect(body[6]![2]!.getAttribute('x:num')).toBe('-1000');
    // 235 043 / 651 671, to far more places than shown.
    expect(tp1![9]!.getAttribute('x:num')).toBe('0.36067739703');
    expect(tp1![9]!.getAttribute('style')).toContain("mso-number-format:'0\\.00%'");
    expect(tp1![0]!.hasAttribute('x:str')).toBe(true);
    expect(tp1![1]!.hasAttribute('x:str')).toBe(true);
    expect(tp1![1]!.hasAttribute('x:num')).toBe(false);
  });

  it('escapes names and titles, which come from files people send', () => {
    const plan = baselinePlan();
    const named: Plan = { ...plan, lines: plan.lines.map((line, i) => (i === 0 ? { ...line, name: '<b>&"x' } : line)), reduction: { ...plan.reduction, name: "it's <i>" } };
    const html = tableHtml(computeTable(named), { plan: named, style: DOCUMENT_STYLE, displayUnit: 'plan' }, { title: '<script>alert(1)</script>', subtitle: 'a & b' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('tbody tr')!.children[1]!.textContent).toBe('<b>&"x');
    expect(doc.querySelectorAll('tbody tr')[6]!.children[1]!.textContent).toBe("it's <i>");
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['<script>alert(1)</script>', 'a & b']);
    expect(doc.querySelectorAll('b, i, script')).toHaveLength(0);
    expect(html).toContain('&#60;b&#62;&#38;&#34;x');
  });

  it('lays out a plan of another shape: a year in no biennium through both header rows, a group in bold over its indented lines', () => {
    const { head, body } = parsed(sevenYearPlan());
    expect(head[0]!.map((cell) => [cell.textContent, cell.colSpan, cell.rowSpan])).toEqual([
      ['Code', 1, 2],
      ['Thematic priority', 1, 2],
      ['2025-2026', 3, 1],
      ['2027-2028', 3, 1],
      ['2029', 1, 2],
      ['2030-2031', 3, 1],
      ['2025-2031', 1, 2],
      ['In %', 1, 2],
    ]);
    expect(head[1]!.map((cell) => cell.textContent)).toEqual(['2025', '2026', 'Total', '2027', '2028', 'Total', '2030', '2031', 'Total']);
    const width = 2 + sevenYearPlan().years.length + 3 + 2;
    expect(head[0]!.reduce((n, cell) => n + cell.colSpan, 0)).toBe(width);
    for (const row of body) expect(row).toHaveLength(width);
    const [group, part] = body;
    expect(group!.map((cell) => cell.textContent).slice(0, 3)).toEqual(['H', 'Heading', '300']);
    expect(group![0]!.style.fontWeight).toBe('bold');
    expect(part![0]!.style.fontWeight).toBe('');
    expect(Number.parseFloat(part![1]!.style.paddingLeft)).toBeGreaterThan(Number.parseFloat(group![1]!.style.paddingLeft));
  });

  it('has one header row when no column stands under another’s heading', () => {
    const plan: Plan = { ...baselinePlan(), biennia: [] };
    const { head } = parsed(plan);
    expect(head).toHaveLength(1);
    expect(head[0]!.map((cell) => [cell.textContent, cell.rowSpan])).toEqual(
      ['Code', 'Thematic priority', '2028', '2029', '2030', '2031', '2028-2031', 'In %'].map((text) => [text, 1]),
    );
  });
});

describe('a block of cells as HTML', () => {
  it('holds just the cells, as shown, styled as in the whole table', () => {
    const plan = baselinePlan();
    const table = computeTable(plan);
    const rows = shownRows(table).filter(({ row }) => row.id === 'TP5' || row.id === 'subtotal');
    const columns = table.layout.columns.filter((column) => column.id === '2031' || column.id === 'share');
    const doc = new DOMParser().parseFromString(blockHtml(rows, columns, { plan, style: SWISS_STYLE, displayUnit: 'plan' }), 'text/html');
    expect(doc.querySelector('thead')).toBeNull();
    const cells = [...doc.querySelectorAll('tr')].map((row) => [...row.children] as HTMLTableCellElement[]);
    expect(cells.map((row) => row.map((cell) => cell.textContent))).toEqual([
      ["34'933", '20.95%'],
      ["170'004", '101.14%'],
    ]);
    expect(cells[1]![0]!.style.fontWeight).toBe('bold');
    expect(cells[0]![0]!.style.textAlign).toBe('right');
    expect(cells[0]![0]!.getAttribute('x:num')).toBe('34933');
  });

  it('writes a share of nothing as the grid does, as text', () => {
    const plan = baselinePlan();
    const zero = new Dec(0);
    const empty: Plan = { ...plan, lines: plan.lines.map((line) => ({ ...line, amounts: plan.years.map(() => zero) })), reduction: { ...plan.reduction, amounts: plan.years.map(() => zero) } };
    const table = computeTable(empty);
    const share = table.layout.columns.filter((column) => column.id === 'share');
    const doc = new DOMParser().parseFromString(blockHtml(shownRows(table).slice(0, 1), share, { plan: empty, style: DOCUMENT_STYLE, displayUnit: 'plan' }), 'text/html');
    const cell = doc.querySelector('td')!;
    expect(cell.textContent).toBe('–');
    expect(cell.hasAttribute('x:num')).toBe(false);
    expect(cell.hasAttribute('x:str')).toBe(true);
  });
});

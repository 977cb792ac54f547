import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

const CHARTS = ['by-year', 'shares', 'waterfall', 'effect'];

/** Every text a chart shows (bar labels, axis ticks, legend), and each pair whose boxes, as the browser lays them out, overlap. */
function overlapping(page: Page, id: string): Promise<string[]> {
  return page.getByTestId(`chart-${id}`).evaluate((figure) => {
    const boxes = [...figure.querySelectorAll('svg text, .chart-legend li')]
      .map((el) => ({ text: (el.textContent ?? '').trim(), box: el.getBoundingClientRect() }))
      .filter(({ text, box }) => text !== '' && box.width > 0);
    return boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom ? [`${a.text} × ${b.text}`] : [])),
    );
  });
}

/** The numbers an axis marks, as shown, bottom to top (or left to right). */
async function ticks(page: Page, id: string, axis: 'x' | 'y', which = 0): Promise<string[]> {
  const values = page.getByTestId(`chart-${id}`).locator(`.recharts-${axis}Axis-tick-labels`).nth(which).locator('.recharts-cartesian-axis-tick-value');
  return (await values.allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
}

describe('charts in a real Chromium', () => {
  const open = useApp();

  it('draws the four charts with the right values for a known scenario, loading Recharts only when shown', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const scripts = () => opened.requests.filter((url) => /\/assets\/Charts-.*\.js$/.test(url)).length;
    expect(scripts()).toBe(0);
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
    await expect.poll(() => app.text('TP3', '2030')).toBe('52 965');
    await app.showTab('charts');
    await page.getByTestId('chart-effect').locator('.recharts-label-list').first().waitFor();
    expect(scripts()).toBe(1);

    const labels = async (id: string) =>
      (await page.getByTestId(`chart-${id}`).locator('.recharts-label-list text').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
    expect(await labels('shares')).toEqual(['35,30%', '2,02%', '30,16%', '12,70%', '20,95%']);
    expect(await labels('waterfall')).toEqual(['659 091', '-7 420', '651 671']);
    const envelope = page.getByTestId('chart-waterfall').locator('text', { hasText: 'Revenue' });
    expect((await envelope.textContent())?.replace(/\u00a0/g, ' ')).toBe('Revenue 657 098');
    // A bar of zero height has no label: only the moved priorities are labelled.
    expect(await labels('effect')).toEqual(['-5 000', '+5 000', '-0,77 pp', '+0,77 pp']);
    const byYear = await labels('by-year');
    expect(byYear.filter((t) => t.startsWith('-'))).toEqual(['-1 000', '-1 605', '-2 105', '-2 710']);
    expect(byYear.filter((t) => t === 'TP3')).toHaveLength(4);

    // Live with the scenario: an edit redraws.
    await app.type('TP2', '2028', '13 343');
    await expect.poll(() => labels('waterfall')).toEqual(['669 091', '-7 420', '661 671']);
    expect(opened.errors).toEqual([]);
  });

  it('at 1 024 px wide: no text over another, axes numbered in the style shown, the allocation from 0', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.setViewportSize({ width: 1024, height: 900 });
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
    await app.showTab('charts');
    await page.getByTestId('chart-effect').locator('.recharts-label-list').first().waitFor();
    for (const id of CHARTS) expect(await overlapping(page, id)).toEqual([]);
    // A reduction of a few thousand below stacks of 160 000 does not take the axis to -60 000.
    expect((await ticks(page, 'by-year', 'y'))[0]).toBe('0');
    expect(await ticks(page, 'by-year', 'y')).toEqual(['0', '50 000', '100 000', '150 000', '200 000']);
    expect(await ticks(page, 'shares', 'x')).toEqual(['0%', '10%', '20%', '30%', '40%']);
    expect(await ticks(page, 'effect', 'y', 1)).toEqual(['-1', '-0,5', '0', '0,5', '1']);

    await page.getByTestId('number-style').selectOption('english');
    await expect.poll(() => ticks(page, 'effect', 'y', 1)).toEqual(['-1', '-0.5', '0', '0.5', '1']);
    expect(await ticks(page, 'by-year', 'y')).toEqual(['0', '50,000', '100,000', '150,000', '200,000']);
    expect(await ticks(page, 'effect', 'y')).toEqual(['-5,000', '-2,500', '0', '2,500', '5,000']);
    for (const id of CHARTS) expect(await overlapping(page, id)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('with long names and codes, many lines and a small reduction, no text is drawn over another', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.setViewportSize({ width: 1024, height: 900 });
    const lines = [
      ['ADMINISTRATION-AND-MANAGEMENT', 'Administration, management and oversight of the whole of the Union'],
      ['STANDARDIZATION', 'Standardization of telecommunications and of information technologies'],
      ['RADIOCOMMUNICATION', 'Radiocommunication, the spectrum and satellite orbits in every region'],
      ['DEVELOPMENT', 'Development of telecommunications in developing and least developed countries'],
      ['CYBER', 'Cybersecurity'],
      ['X', 'Other'],
      ['CONFERENCES-AND-ASSEMBLIES', 'Conferences, assemblies and the meetings of Council'],
      ['LIAISON', 'Liaison offices and regional presence'],
    ];
    const csv = [
      'code;name;kind;2028;2029;2030;2031',
      ...lines.map(([code, name], i) => `${code};${name};line;${(i + 1) * 9000};${(i + 1) * 9100};${(i + 1) * 9200};${(i + 1) * 9300}`),
      'reduction;Progressive global reduction agreed by the Council for every sector;reduction;-1 000;-1 500;-2 000;-2 500',
    ].join('\r\n');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'long-names.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-accept').click();
    await app.showTab('charts');
    await page.getByTestId('chart-waterfall').locator('.recharts-label-list').first().waitFor();
    for (const id of CHARTS) expect(await overlapping(page, id)).toEqual([]);
    expect((await ticks(page, 'by-year', 'y'))[0]).toBe('0');
    expect(opened.errors).toEqual([]);
  });
});

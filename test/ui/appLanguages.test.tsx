// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/t';
import type { Amount } from '../../src/model/amount';
import { computeTable } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { chartData } from '../../src/ui/charts/chartData';
import { MoreRows } from '../../src/ui/common/LongList';
import { PrintedPage } from '../../src/ui/print/PrintedPage';
import { sevenYearPlan } from '../support/plans';
import { renderApp } from './renderApp';

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await chooseLanguage('en');
});

const footer = (container: HTMLElement) => container.querySelector('style')?.textContent ?? '';
const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('the header, the table and the print view in the language chosen', () => {
  it('say in English what they said before: counts without grouping, the footer’s page counters', () => {
    render(<MoreRows shown={200} more={19796} what="changes" onShowAll={() => {}} testId="more" />);
    expect(text('more')).toBe('The first 200 changes are shown, 19796 more are not. Show all 19996');
    const { container } = render(<PrintedPage left="Published baseline" />);
    expect(footer(container)).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages); }');
  });

  it('speak French: tabs, skip links, controls, banners and the print view; the figures and codes of the plan unchanged', async () => {
    await chooseLanguage('fr');
    // A browser whose storage is full: every write is refused.
    const full = {
      ...memoryStorage(),
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    const { store, view } = renderApp(baselinePlan(), full);
    expect(text('tab-finance')).toBe('Plan financier');
    expect(text('skip-grid')).toBe('Aller au tableau');
    expect(text('open-print-view')).toBe('Aperçu avant impression');
    expect(screen.getByRole('group', { name: 'Affichage des nombres' })).toBeTruthy();
    expect(text('envelope-indicator-difference')).toMatch(/^recettes 657 098\u00a0: /);
    await waitFor(() => expect(view.container.querySelector('.ag-header-cell[col-id="code"]')?.textContent?.trim()).toBe('Code'));
    act(() => void store.getState().editCell('TP1', '2028', '50 000'));
    expect(text('storage-write-error')).toMatch(/^Vos modifications n’ont pas pu être enregistrées dans ce navigateur \(QuotaExceededError\)\. .* Pour libérer de la place/);
    act(() => {
      window.location.hash = 'print';
      fireEvent(window, new HashChangeEvent('hashchange'));
    });
    expect(text('close-print-view')).toBe('Retour au tableau');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Modifications apportées dans ce scénario');
    expect(footer(view.container)).toContain('@bottom-right { content: "Page " counter(page) " sur " counter(pages); }');
  });

  it('speak Arabic, the grid mirrored and its groups’ buttons pointing the way the page is read', async () => {
    await chooseLanguage('ar');
    const { view } = renderApp(sevenYearPlan());
    await waitFor(() => expect(view.container.querySelector('.ag-rtl')).not.toBeNull());
    expect(text('tab-charts')).toBe('الرسوم البيانية');
    const toggle = await screen.findByTestId('toggle-H');
    expect(toggle.getAttribute('aria-label')).toBe('إخفاء بنود H');
    act(() => toggle.click());
    expect(screen.getByTestId('toggle-H').textContent).toBe('◂');
  });

  it('write the charts’ percentage points in the language', async () => {
    await chooseLanguage('fr');
    const plan = baselinePlan();
    const table = computeTable(plan);
    const data = chartData(plan, table, table, plan.envelope, 'Envelope', (v: Amount) => v.toFixed(), (v: Amount, unit: string) => `${v.toFixed(2)}${unit}`);
    expect(data.effect[0]!.pointsLabel).toBe('0.00\u00a0pp');
  });
});

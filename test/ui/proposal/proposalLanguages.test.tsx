// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../src/i18n/t';
import { Dec } from '../../../src/model/amount';
import type { Overlap } from '../../../src/model/interplay';
import type { Operation } from '../../../src/model/operation';
import { createAppStore } from '../../../src/state/appStore';
import { baselinePlan } from '../../../src/state/baseline';
import { memoryStorage } from '../../../src/state/browserStorage';
import { ComparePanel } from '../../../src/ui/compare/ComparePanel';
import { StoreContext } from '../../../src/ui/common/storeContext';
import { PoolPanel } from '../../../src/ui/pool/PoolPanel';
import { interplayNotes } from '../../../src/ui/proposal/interplayWords';
import { NewOperationPanel } from '../../../src/ui/proposal/NewOperationPanel';
import { ProposalPanel } from '../../../src/ui/proposal/ProposalPanel';

afterEach(async () => {
  cleanup();
  await chooseLanguage('en');
});

const transfer: Operation = { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] };

function renderPanels() {
  const store = createAppStore(baselinePlan(), { storage: memoryStorage() });
  expect(store.getState().applyOperation(transfer)).toBe(true);
  render(
    <StoreContext value={store}>
      <ProposalPanel />
      <NewOperationPanel />
      <ComparePanel />
      <PoolPanel />
    </StoreContext>,
  );
}

const heading = (id: string) => document.getElementById(id)?.textContent;

describe('the proposal, comparison and pool panels in the language chosen', () => {
  it('speak French, the figures and names of the plan unchanged', async () => {
    await chooseLanguage('fr');
    renderPanels();
    expect(heading('proposal-title')).toMatch(/^Proposition\u00a0: /);
    expect(heading('operation-title')).toBe('Modifier la répartition');
    expect(heading('pool-title')).toBe('Propositions regroupées');
    expect(heading('compare-title')).toMatch(/^Comparer «\u00a0.+\u00a0» avec /);
    expect(screen.getByTestId('compare-summary').textContent).toMatch(/^1 chiffre du tableau diffère|^\d+ chiffres du tableau diffèrent/);
    expect(screen.getByTestId('entry-remove').textContent).toBe('Supprimer');
    expect(screen.getByTestId('op-apply').textContent).toBe('Appliquer');
  });

  it('speak Arabic, and English again once it is chosen back', async () => {
    await chooseLanguage('ar');
    renderPanels();
    expect(heading('proposal-title')).toMatch(/^المقترح: /);
    expect(heading('pool-title')).toBe('المقترحات المجمَّعة');
    expect(screen.getByTestId('entry-duplicate').textContent).toBe('نسخ');
    cleanup();
    await chooseLanguage('en');
    renderPanels();
    expect(heading('proposal-title')).toMatch(/^Proposal: /);
    expect(heading('pool-title')).toBe('Pooled proposals');
    expect(screen.getByTestId('entry-duplicate').textContent).toBe('Duplicate');
  });
});

describe('notes on other entries, counted in each language’s plural', () => {
  const overlap = (position: number): Overlap => ({ entryId: `e${position}`, position, cells: [{ rowId: 'TP1', year: '2028' }] });
  const more = () => interplayNotes({ earlier: [0, 1, 2, 3, 4].map(overlap), later: [] }, ['2028'], () => 'x').more;

  it('in Russian, a few and many', async () => {
    await chooseLanguage('ru');
    expect(more()).toEqual(['Ещё 2 более ранних изменения затронули некоторые из этих ячеек']);
  });

  it('in English, as before', () => {
    expect(more()).toEqual(['2 more earlier changes changed some of these cells']);
  });
});

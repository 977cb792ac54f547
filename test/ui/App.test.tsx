// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { baselinePlan } from '../../src/state/baseline';
import { sevenYearPlan } from '../support/plans';
import { renderApp } from './renderApp';

// AG Grid's validation module (registered in development and tests) reports
// misconfigured or deprecated options as console warnings: treat them as failures.
let warnings: unknown[][] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args));
  vi.spyOn(console, 'error').mockImplementation((...args) => void warnings.push(args));
});
const envelope = () =>
  `${screen.getByTestId('envelope-indicator').querySelector('.envelope-name')?.textContent}: ` +
  `${screen.getByTestId('envelope-indicator-total').textContent}, ${screen.getByTestId('envelope-indicator-difference').textContent}`;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (warnings.length > 0) throw new Error(`console warnings or errors: ${JSON.stringify(warnings)}`);
});

describe('the app, rendered', () => {
  it('shows the title, the unit and the Total against the envelope', () => {
    renderApp(baselinePlan());
    expect(screen.getByTestId('title').textContent).toBe(
      'Allocation of resources – Linkage between the 2028-2031 strategic and financial plans',
    );
    expect(screen.getByTestId('unit').textContent).toBe('CHF thousands');
    // The envelope is what the financial plan's revenue funds.
    expect(envelope()).toBe('Published baseline: 651 671, revenue 657 098: surplus 5 427');
    expect(screen.getByTestId('envelope-indicator').dataset.state).toBe('surplus');
  });

  it('follows the store: a refused edit shows a message naming the cell, an accepted one clears it', () => {
    const { store } = renderApp(baselinePlan());
    act(() => void store.getState().editCell('TP5', '2031', '12.5'));
    expect(screen.getByRole('alert').textContent).toMatch(/^TP5 Enabling environment, 2031: “12\.5” uses '\.'/);
    act(() => void store.getState().editCell('reduction', '2031', '-4 381'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('message').textContent).toMatch(/new scenario, “Proposal 1”/);
    expect(envelope()).toBe('Proposal 1: 650 000, revenue 657 098: surplus 7 098');
    expect(screen.getByTestId('envelope-compared-difference').textContent).toBe('revenue 657 098: surplus 5 427');
  });

  it('lets the message be dismissed', () => {
    const { store } = renderApp(baselinePlan());
    act(() => void store.getState().editCell('TP1', '2028', '?'));
    act(() => screen.getByRole('button', { name: 'Dismiss message' }).click());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lays out a plan of 10 lines over 7 years, a group and a year in no biennium', async () => {
    const plan = sevenYearPlan();
    const years = plan.years;
    const { view, cellText } = renderApp(plan);
    await waitFor(() => expect(cellText('total', 'share')).toBe('100,00%'));
    const headers = [...view.container.querySelectorAll('.ag-header-cell[col-id]')].map((el) => el.getAttribute('col-id'));
    expect(headers).toEqual(expect.arrayContaining([...years, '2025-2026', '2027-2028', '2030-2031', 'total', 'share']));
    expect(headers).not.toContain('2029-2030');
    expect(cellText('H', '2029')).toBe(String(104 + 204));
    expect(cellText('H.1', '2025-2026')).toBe('201');
    expect(cellText('L9', 'total')).toBe('7 721');
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUpdate } from '../../../src/state/appUpdate';
import { UpdateBanner } from '../../../src/ui/common/UpdateBanner';

afterEach(cleanup);

describe('a new version of the app', () => {
  it('is said when it is ready, and used only when the person reloads', () => {
    render(<UpdateBanner />);
    expect(screen.queryByTestId('update-ready')).toBeNull();
    const reload = vi.fn<() => void>();
    act(() => appUpdate.offer(reload));
    expect(screen.getByTestId('update-ready').textContent).toMatch(/^A new version of the linkage calculator is ready; it is used once you reload\. Your scenarios are kept in this browser/);
    expect(reload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('update-reload'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says so in a tab that did not choose it, which runs the earlier version until reloaded', () => {
    render(<UpdateBanner />);
    act(() => appUpdate.offer(() => {}, true));
    expect(screen.getByTestId('update-ready').textContent).toMatch(/^A new version of the linkage calculator was started in another tab; this tab runs the earlier one until you reload it\./);
  });
});

// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookRows } from '../../../src/io/xlsxImport';
import { createAppStore } from '../../../src/state/appStore';
import { baselinePlan } from '../../../src/state/baseline';
import { memoryStorage } from '../../../src/state/browserStorage';
import { StoreContext } from '../../../src/ui/common/storeContext';
import { ImportPreviewPanel } from '../../../src/ui/files/ImportPreviewPanel';

afterEach(cleanup);

describe('the import preview', () => {
  it('writes the computed figures a file disagrees with in the number style and unit shown, as the grid does', async () => {
    const store = createAppStore(baselinePlan(), { storage: memoryStorage(), readWorkbook: async (bytes) => workbookRows(bytes) });
    const text = readFileSync('fixtures/import/valid/appendix-a.csv', 'utf8').replace('114103', '114104').replace('36.07', '36.70');
    expect(await store.getState().previewImport(new TextEncoder().encode(text), 'edited.csv')).toBe(true);
    render(
      <StoreContext value={store}>
        <ImportPreviewPanel />
      </StoreContext>,
    );
    const listed = () => [...screen.getByTestId('import-mismatches').querySelectorAll('li')].map((li) => li.textContent);
    expect(listed()).toEqual(['row 2, column 8 (2028-2029) (Spectrum and satellite orbits): the file says 114104, computed 114 103', 'row 2, column 11 (share) (Spectrum and satellite orbits): the file says 36.70, computed 36,07%']);
    act(() => store.getState().setNumberStyle('english'));
    expect(listed()).toEqual(['row 2, column 8 (2028-2029) (Spectrum and satellite orbits): the file says 114104, computed 114,103', 'row 2, column 11 (share) (Spectrum and satellite orbits): the file says 36.70, computed 36.07%']);
    act(() => {
      store.getState().setNumberStyle('swiss');
      store.getState().setDisplayUnit('millions');
    });
    expect(listed()).toEqual(["row 2, column 8 (2028-2029) (Spectrum and satellite orbits): the file says 114104, computed 114.1", 'row 2, column 11 (share) (Spectrum and satellite orbits): the file says 36.70, computed 36.07%']);
  });
});

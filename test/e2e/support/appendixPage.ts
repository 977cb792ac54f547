import type { Locator, Page } from 'playwright-core';

/** The Appendix A page, read and driven by its stable ids: row ids (line codes, subtotal, reduction, total) and column ids. */
export class AppendixPage {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await this.cell('total', 'share').waitFor();
    return this;
  }

  cell(rowId: string, columnId: string): Locator {
    return this.page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${columnId}"]`);
  }

  /** The input of the cell being edited, if any. */
  editor(): Locator {
    return this.page.locator('.ag-cell-inline-editing input');
  }

  /** What a person sees in a cell. */
  async text(rowId: string, columnId: string): Promise<string> {
    return ((await this.cell(rowId, columnId).textContent()) ?? '').trim();
  }

  /** Like a person at the keyboard: select the cell, type (which replaces its content), press Enter. */
  async type(rowId: string, columnId: string, text: string): Promise<void> {
    await this.cell(rowId, columnId).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The active scenario's Total against its envelope: "Total 2028-2031 651 671 – 1 671 above the envelope of 650 000". */
  async envelope(testId = 'envelope-indicator'): Promise<string> {
    const indicator = this.page.getByTestId(testId);
    const label = await indicator.locator('.envelope-label').textContent();
    const total = await this.page.getByTestId(`${testId}-total`).textContent();
    const difference = await this.page.getByTestId(`${testId}-difference`).textContent();
    return `${label} ${total} – ${difference}`;
  }

  /** Shows a panel beside the table by clicking its tab: proposal (with the operation form), compare, strategy or charts. */
  async showTab(id: 'proposal' | 'compare' | 'finance' | 'strategy' | 'charts'): Promise<void> {
    await this.page.getByTestId(`tab-${id}`).click();
  }

  /** Chooses an operation in the form, fills its fields (by name), and applies it. */
  async applyOperation(kind: string, fields: Record<string, string>, options: { rationale?: string; years?: string[] } = {}): Promise<void> {
    await this.showTab('proposal');
    await this.page.getByTestId('op-type').selectOption(kind);
    for (const [name, value] of Object.entries(fields)) {
      const field = this.page.getByTestId(`op-field-${name}`);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    if (options.years) {
      for (const box of await this.page.locator('[data-testid^="op-year-"]').all()) {
        const year = (await box.getAttribute('data-testid'))!.replace('op-year-', '');
        await box.setChecked(options.years.includes(year));
      }
    }
    if (options.rationale !== undefined) await this.page.getByTestId('op-rationale').fill(options.rationale);
    await this.page.getByTestId('op-apply').click();
  }

  /** The proposal's entries, in plain words with their rationale (without what they did, nor how they meet the others). */
  async entries(): Promise<string[]> {
    return this.page.getByTestId('entry').locator('.entry-text').evaluateAll((items) =>
      items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelector('.entry-effect')?.remove();
        copy.querySelector('.entry-interplay')?.remove();
        return (copy.textContent ?? '').trim();
      }),
    );
  }

  /** What each operation did where it stands, as the proposal says it: "TP1 -5 000 · TP3 +5 000". */
  async effects(): Promise<string[]> {
    return this.page.getByTestId('entry').evaluateAll((items) => items.map((item) => item.querySelector('.entry-effect')?.textContent?.trim() ?? ''));
  }

  /** Each entry's notes on where its changes meet other entries', as the proposal says them. */
  async interplay(): Promise<string[][]> {
    return this.page.getByTestId('entry').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.entry-interplay > span')].map((note) => note.textContent?.trim() ?? '')));
  }

  async scenarioName(): Promise<string> {
    return (await this.page.getByTestId('scenario-select').locator('option:checked').textContent()) ?? '';
  }

  async message(): Promise<string | null> {
    const message = this.page.getByTestId('message');
    return (await message.count()) === 0 ? null : ((await message.locator('span').first().textContent()) ?? '').trim();
  }
}

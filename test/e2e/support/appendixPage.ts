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

  /** What a person sees in a cell. */
  async text(rowId: string, columnId: string): Promise<string> {
    return ((await this.cell(rowId, columnId).textContent()) ?? '').trim();
  }

  /** Like a person at the keyboard: select the cell, type (which replaces its content), press Enter. */
  async type(rowId: string, columnId: string, text: string, finish: 'Enter' | 'Escape' | 'Tab' = 'Enter'): Promise<void> {
    await this.cell(rowId, columnId).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(finish);
  }

  async envelope(): Promise<string> {
    return ((await this.page.getByTestId('envelope-indicator').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async message(): Promise<string | null> {
    const message = this.page.getByTestId('message');
    return (await message.count()) === 0 ? null : ((await message.textContent()) ?? '').trim();
  }
}

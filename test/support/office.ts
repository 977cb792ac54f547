import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findOffice } from '../../.ci/tools.mjs';

export { findOffice };

/**
 * Has LibreOffice convert a file (`xlsx` to recompute a workbook, `pdf` to
 * print it, or a CSV filter) and returns the files it wrote, by name. Fails,
 * never skips, when LibreOffice is missing.
 */
export function convertWithOffice(bytes: Uint8Array, fileName: string, target: string): Map<string, Buffer> {
  const office = findOffice();
  expect(office, 'LibreOffice is needed: `npm test` installs it (apt-get), or set SOFFICE_PATH').toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'linkage-office-'));
  writeFileSync(join(dir, fileName), bytes);
  const out = join(dir, 'out');
  const said = execFileSync(office!, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', target, '--outdir', out, join(dir, fileName)], {
    stdio: 'pipe',
    timeout: 120_000,
    encoding: 'utf8',
  });
  const files = new Map<string, Buffer>();
  try {
    for (const name of readdirSync(out)) files.set(name, readFileSync(join(out, name)));
  } catch {
    // No folder: nothing was written, which the caller's expectation reports.
  }
  expect(files.size, `LibreOffice wrote nothing: ${said}`).toBeGreaterThan(0);
  return files;
}

/** The pages of a PDF: its page objects. */
export const pdfPages = (pdf: Uint8Array): number => Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

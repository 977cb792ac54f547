import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The published Appendix A, figure by figure (fixtures/reference, a copy of shared/reference). */
export const REFERENCE_CSV = fileURLToPath(new URL('../../fixtures/reference/appendix-a-2028-2031.csv', import.meta.url));

export interface ReferenceRow {
  readonly code: string;
  readonly name: string;
  /** Column id (year, biennium, `total`, `share`) → figure as written in the CSV (`57023`, `36.07`). */
  readonly figures: ReadonlyMap<string, string>;
}

export function readReference(): ReferenceRow[] {
  const lines = readFileSync(REFERENCE_CSV, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines.map((line) => line.split(','));
  const columns = header!.slice(2);
  return rows.map(([code, name, ...values]) => ({
    code: code!,
    name: name!,
    figures: new Map(columns.map((column, i) => [column, values[i]!])),
  }));
}

/** How the document writes a figure: `57 023`, `-1 000`, `36,07%`. */
export function asDocumentText(column: string, figure: string): string {
  if (column === 'share') return `${figure.replace('.', ',')}%`;
  const negative = figure.startsWith('-');
  const digits = negative ? figure.slice(1) : figure;
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
}

import { t } from '../../i18n/t';
import { codeByName, derivedCode, withoutTotalWords } from './rowNames';

/**
 * A published table's sections, for a table without a code column: a row
 * with a name and no figures heads the lines under it ("A. Programmes"), and
 * a row named as a subtotal or a total with lines after it closes the lines
 * since the section began ("Programme support subtotal"); once one section
 * is closed so, a subtotal after the last line closes the last one too. Each
 * section becomes a group of the plan, its figures those of its closing row
 * (checked as the group's). A single Subtotal above the deduction and Total
 * stays the plan's Subtotal.
 */
export interface Section {
  /** Index into the rows of the row that heads it, when one does. */
  readonly heading: number | null;
  /** Index of the row that closes it with the section's figures, when one does. */
  readonly close: number | null;
  /** Indices of its lines. */
  readonly lines: readonly number[];
  readonly code: string;
  readonly name: string;
}

type RowClass = 'label' | 'line' | 'subtotal' | 'total' | 'reduction' | 'other';

/** A section's numbering before its name, beyond a line's: "A. Programmes", "II) Support". */
const SECTION_NUMBER = /^([A-Z]|[IVX]+)[.)]\s+(\S.*)$/;

/** "Programme support subtotal" → "Programme support"; "Subtotal, staff costs" → "Staff costs". */
const nameOfClose = (name: string) =>
  withoutTotalWords(name)
    .replace(/^[\s,:–-]+|[\s,:–-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    // "Subtotal, staff costs" names the section "Staff costs".
    .replace(/^\p{Ll}/u, (first) => first.toUpperCase());

export function sectionLabel(heading: string, closing: string, count: number): { code: string; name: string } {
  const lettered = SECTION_NUMBER.exec(heading);
  if (lettered) return { code: lettered[1]!, name: lettered[2]! };
  if (heading !== '') {
    const numbered = derivedCode(heading, count);
    return numbered.code.startsWith('L') && numbered.name === heading ? { code: `S${count}`, name: heading } : numbered;
  }
  return { code: `S${count}`, name: nameOfClose(closing) || t('import.section.unnamed', { number: String(count) }) };
}

const isGrandTotal = (name: string) => /^(grand\s+)?total$/i.test(name.trim());

interface Open {
  heading: number | null;
  lines: number[];
}

/** The sections among the body rows (indices into the file's rows), given each row's name and whether it has figures. */
export function sectionsOf(
  body: readonly number[],
  nameOf: (row: number) => string,
  hasFigures: (row: number) => boolean,
  chosen: (row: number) => 'line' | 'heading' | 'subtotal' | 'total' | 'reduction' | undefined = () => undefined,
  sumsTo: (heading: number, lines: readonly number[]) => boolean = () => false,
): Section[] {
  const classOf = (k: number): RowClass => {
    const role = chosen(k);
    // A heading the person marked heads a section whether or not it carries the section's figures.
    if (role === 'heading') return 'label';
    if (role !== undefined) return role;
    const byName = codeByName(nameOf(k));
    if (!hasFigures(k)) return nameOf(k) === '' ? 'other' : 'label';
    return byName === '' ? 'line' : (byName as RowClass);
  };
  const classes = new Map(body.map((k) => [k, classOf(k)]));
  // The row after a deduction is the net total, whatever its name ("Estimated net appropriations"): lines end at the deduction.
  const deduction = body.find((k) => classes.get(k) === 'reduction') ?? Infinity;
  const lastLine = body.findLast((k) => classes.get(k) === 'line' && k < deduction) ?? -1;
  const lastTotal = body.findLast((k) => classes.get(k) === 'total') ?? -1;
  const sections: Section[] = [];
  let open: Open = { heading: null, lines: [] };
  const shut = (closing: number | null) => {
    // A heading with figures (the section's sums above its lines) is checked as the section's when no row closes it.
    const close = closing ?? (open.heading !== null && hasFigures(open.heading) ? open.heading : null);
    if (open.lines.length > 0 && (open.heading !== null || close !== null)) {
      const label = sectionLabel(open.heading === null ? '' : nameOf(open.heading), close === null ? '' : nameOf(close), sections.length + 1);
      sections.push({ heading: open.heading, close, lines: open.lines, ...label });
    }
    open = { heading: null, lines: [] };
  };
  // The next row that is not blank of name and figures, for each row: one pass from the end, not a search per row.
  const nextOf = new Map<number, number>();
  for (let i = body.length - 1, next = -1; i >= 0; i--) {
    nextOf.set(body[i]!, next);
    if (classes.get(body[i]!) !== 'other') next = body[i]!;
  }
  body.forEach((k) => {
    const kind = classes.get(k)!;
    const next = nextOf.get(k)!;
    const isMarked = chosen(k) === 'heading';
    if (kind === 'label' && next !== -1 && classes.get(next) === 'line' && (k < lastLine || isMarked)) {
      shut(null);
      open.heading = k;
    } else if (kind === 'line') {
      open.lines.push(k);
      // A heading carrying its section's sums closes it with the line that makes them: the lines after it are the plan's again.
      if (open.heading !== null && hasFigures(open.heading) && sumsTo(open.heading, open.lines)) shut(null);
    }
    // "Total" alone is the table's; a memo line under it is no section's.
    else if ((kind === 'subtotal' || (kind === 'total' && !isGrandTotal(nameOf(k)))) && k < lastLine) shut(k);
    // After the last line, a subtotal (or a total before the last) closes the last section when sections are closed so; else it is the plan's Subtotal.
    else if ((kind === 'subtotal' || (kind === 'total' && k !== lastTotal)) && open.lines.length > 0 && sections.some((s) => s.close !== null)) shut(k);
    else if (kind !== 'other' && kind !== 'label') shut(null);
  });
  shut(null);
  // Lines under no heading nor closing row stay lines of the plan.
  return sections;
}

/**
 * Sections named in a column of their own ("Programmes" beside each of its
 * lines): each run of rows with the same value is one, closed by its last
 * row where that is named as a subtotal or total. Rows with the column
 * blank (the grand Total) are in none.
 */
export function sectionsInColumn(body: readonly number[], sectionOf: (row: number) => string, nameOf: (row: number) => string, hasFigures: (row: number) => boolean): Section[] {
  const runs: { value: string; rows: number[] }[] = [];
  for (const k of body) {
    const value = sectionOf(k);
    const last = runs.at(-1);
    if (value !== '' && last?.value === value && last.rows.at(-1) === body[body.indexOf(k) - 1]) last.rows.push(k);
    else if (value !== '') runs.push({ value, rows: [k] });
  }
  return runs.flatMap(({ value, rows }, n) => {
    const last = rows.at(-1)!;
    const close = rows.length > 1 && hasFigures(last) && codeByName(nameOf(last)) !== '' ? last : null;
    const lines = rows.filter((k) => k !== close);
    return [{ heading: null, close, lines, ...sectionLabel(value, '', n + 1) }];
  });
}

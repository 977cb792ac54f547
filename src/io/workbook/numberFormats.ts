import type { NumberStyle } from '../../model/amount';
import { canShowMillions, type DisplayUnit } from '../../model/displayUnit';
import type { Plan } from '../../model/plan';

/**
 * The workbook's number formats, in the app's number style and unit. Each
 * carries the locale of its style (`[$-40C]` French: `57 023`, `36,07%`;
 * `[$-807]` Swiss German: `57'023`; `[$-809]` English: `57,023`), which
 * LibreOffice shows as such; Excel groups with its reader's own settings
 * whatever the locale says. Figures in millions keep their exact value in
 * thousands and are shown divided by 1 000 (the trailing `,` of `#,##0.0,`),
 * so every formula still adds exact amounts.
 */

export interface FigureStyle {
  readonly style: NumberStyle;
  /** The plan's decimals. */
  readonly precision: number;
  /** Shown in millions (one decimal), the plan counting in thousands. */
  readonly millions: boolean;
}

/** Millions are shown where the plan counts in thousands and the person chose them. */
export const inMillions = (plan: Plan, unit: DisplayUnit): boolean => unit === 'millions' && canShowMillions(plan);

const LOCALES: Readonly<Record<string, string>> = { document: '[$-40C]', swiss: '[$-807]', english: '[$-809]' };
const locale = (style: NumberStyle): string => LOCALES[style.id] ?? '';

function digits({ precision, millions }: FigureStyle): string {
  const decimals = millions ? 1 : precision;
  return `#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}${millions ? ',' : ''}`;
}

/** An amount: grouped, the unit's decimals; zero as 0, never -0. */
export const amountFormat = (figures: FigureStyle): string => `${locale(figures.style)}${digits(figures)};-${digits(figures)};${digits(figures)}`;

/** A difference, as the app's Compare shows it: signed, below zero in red, no change as a dash. */
export const differenceFormat = (figures: FigureStyle): string => `${locale(figures.style)}+${digits(figures)};[Red]-${digits(figures)};"–"`;

export const shareFormat = (style: NumberStyle): string => `${locale(style)}0.00%`;

/** Percentage points, their abbreviation (`pp`) in the person's language after the figure; a quote in it would end the format's text. */
export const pointsFormat = (style: NumberStyle, points = 'pp'): string => {
  const unit = points.replace(/"/g, '');
  return `${locale(style)}+0.00" ${unit}";[Red]-0.00" ${unit}";"–"`;
};

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

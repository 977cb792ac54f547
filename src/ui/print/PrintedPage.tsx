import { useState } from 'react';
import { MARGINS, footerDate, footerText } from '../../io/pageLayout';

/** A CSS string: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

/**
 * The printed page as the workbook's: A4 landscape with its margins
 * (io/pageLayout.ts), and its footer: what is printed on the left, the date
 * in the middle, "Page x of y" on the right (CSS page margin boxes).
 */
export function PrintedPage({ left }: { left: string }) {
  // The day the view was opened, as the workbook carries the day it was exported.
  const [today] = useState(() => footerDate(new Date()));
  const { top, right, bottom, left: leftMargin } = MARGINS;
  const rule = `@page {
  size: A4 landscape;
  margin: ${top}in ${right}in ${bottom}in ${leftMargin}in;
  @bottom-left { content: ${cssString(footerText(left))}; }
  @bottom-center { content: ${cssString(today)}; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); }
}`;
  return <style>{rule}</style>;
}

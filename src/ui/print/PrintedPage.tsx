import { useState } from 'react';
import { t } from '../../i18n/t';
import { MARGINS, footerDate, footerText } from '../../io/pageLayout';

/** A CSS string: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

/** Stand for the page counters in the words "Page x of y" until they become CSS (characters of Unicode's private use, in no message). */
const PAGE = '\ue000';
const PAGES = '\ue001';

/** "Page x of y" in the language shown, as CSS content: its words as strings, the numbers as the page counters. */
function pageOfPages(): string {
  return t('app.print.pageOf', { page: PAGE, pages: PAGES })
    .split(/([\ue000\ue001])/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

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
  @bottom-right { content: ${pageOfPages()}; }
}`;
  return <style>{rule}</style>;
}

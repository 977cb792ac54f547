import { t } from '../../i18n/t';

/** What goes on the clipboard together: text for spreadsheets and plain editors, HTML for Word, e-mail and Excel. */
export interface ClipboardContent {
  readonly text: string;
  readonly html: string;
}

/**
 * Puts text and HTML on the clipboard at once, from a click. The asynchronous
 * clipboard where the browser has it; elsewhere (an older browser, a page
 * not served over HTTPS or localhost) the copy command, whose event is the
 * one place a page may set both. Rejects when the browser refuses.
 */
export async function writeClipboard({ text, html }: ClipboardContent): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return;
  }
  copyByCommand({ text, html });
}

function copyByCommand({ text, html }: ClipboardContent): void {
  let isWritten = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    isWritten = true;
  };
  // Capturing, so that no copy handler of the page (the grid's) takes this one.
  document.addEventListener('copy', onCopy, true);
  try {
    // Deprecated, and still the only way without the asynchronous clipboard. The reason is shown to the person (CopyTableButton).
    if (!document.execCommand('copy') || !isWritten) throw new Error(t('app.clipboard.refused'));
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
}

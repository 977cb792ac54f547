import { useEffect } from 'react';
import { MAX_PROPOSAL_BYTES } from '../../io/proposalFile';
import type { PoolFile } from '../../state/poolSlice';

/** The files' texts for the pool; a file too large is not read (its text null), and is refused by name. */
export const poolFiles = (files: readonly File[]): Promise<PoolFile[]> =>
  Promise.all(files.map(async (file) => ({ name: file.name, text: file.size > MAX_PROPOSAL_BYTES ? null : await file.text() })));

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;

/**
 * Files dropped anywhere on the page go to the pool. Only drags that carry
 * files are taken: moving an operation in the proposal list, or text dropped
 * into a field, carry none and are left to their own handlers. Without this
 * a file dropped on the page would replace the app with the file's text.
 */
export function usePoolDrop(onFiles: (files: File[]) => void): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
}

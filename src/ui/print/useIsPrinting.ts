import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

/**
 * Whether the page is being printed. The print copy of the table is only
 * rendered then, not on every edit; it is rendered synchronously when
 * printing starts, so the printout has it.
 */
export function useIsPrinting(): boolean {
  const [isPrinting, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    const query = printQuery();
    const follow = () => flushSync(() => setPrinting(query?.matches ?? false));
    const start = () => flushSync(() => setPrinting(true));
    query?.addEventListener('change', follow);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', follow);
    return () => {
      query?.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return isPrinting;
}

import type { ReactNode } from 'react';

/** A form that does `onSubmit` instead of loading a page: Enter in any of its fields submits it, as people expect. */
export function ActionForm({ className, onSubmit, children }: { className: string; onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

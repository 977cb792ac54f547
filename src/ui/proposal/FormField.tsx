import type { ReactNode } from 'react';

/** A labelled control of a form. */
export function FormField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

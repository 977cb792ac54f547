import { useRef } from 'react';

/** A button that asks for a file; the file input itself stays hidden (its test id is the button's with "-file"). */
export function FileButton({ label, accept, testId, onFile }: { label: string; accept: string; testId: string; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid={testId}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={`${testId}-file`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again is seen as a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

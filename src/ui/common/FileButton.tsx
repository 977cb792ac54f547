import { useRef } from 'react';

/** What is done with the files chosen: one file, or (with `multiple`) every file chosen at once. */
type OnChosen = { readonly multiple?: false; readonly onFile: (file: File) => void } | { readonly multiple: true; readonly onFiles: (files: File[]) => void };

/** A button that asks for a file, or several; the file input itself stays hidden (its test id is the button's with "-file"). */
export function FileButton(props: { label: string; accept: string; testId: string } & OnChosen) {
  const { label, accept, testId } = props;
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
        multiple={props.multiple === true}
        hidden
        data-testid={`${testId}-file`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so that choosing the same file again is seen as a change.
          event.target.value = '';
          if (props.multiple === true) {
            if (files.length > 0) props.onFiles(files);
          } else if (files[0]) props.onFile(files[0]);
        }}
      />
    </>
  );
}

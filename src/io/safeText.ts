/**
 * Text a spreadsheet could take for a formula — starting with =, +, -, @, a
 * tab or a carriage return (OWASP's CSV injection list) — gets a leading
 * apostrophe, the spreadsheet's own "this is text" mark. Used for every text
 * cell of every export: names, rationales, anything a person typed.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Text for a CSV cell. A spreadsheet may split the file on another separator
 * than the one it was written with (`;` in French or Swiss Excel, `,` in
 * English), so text that would start a field after any of them gets the same
 * apostrophe: `a;=1+1;b` becomes `a;'=1+1;b`, never a live formula.
 */
export function safeCsvText(text: string): string {
  return safeText(text).replace(/([,;\t])([=+\-@])/g, "$1'$2");
}

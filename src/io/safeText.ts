/**
 * Text a spreadsheet could take for a formula — starting with =, +, -, @, a
 * tab or a carriage return (OWASP's CSV injection list) — gets a leading
 * apostrophe, the spreadsheet's own "this is text" mark. Used for every text
 * cell of every export: names, rationales, anything a person typed.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

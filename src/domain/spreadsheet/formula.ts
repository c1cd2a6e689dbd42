// Spreadsheet (CSV/formula) injection, OWASP: a cell that starts like a formula is run by Excel,
// LibreOffice or Google Sheets when the file is opened. Every exported cell goes through here — CSV and,
// when it comes, XLSX — so a child's note such as "=HYPERLINK(…)" stays text.

/**
 * What a spreadsheet may take as the start of a formula: = + - @, tab, carriage return or line feed,
 * also after leading spaces (some programs trim them), and the full-width forms (＝＋－＠) that some
 * programs fold to ASCII.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Text a spreadsheet shows as written: a formula-like start is preceded by an apostrophe. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

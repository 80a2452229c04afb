/**
 * Spreadsheet programs (Excel, LibreOffice, Google Sheets) run a cell that starts with one of these as a formula,
 * even in a CSV: `=HYPERLINK(...)` in a scenario's name would become a live link, `=cmd|...` worse (OWASP, "CSV
 * Injection"). Saved scenarios' names and descriptions are anyone's text, so every export writes such a cell as
 * text. Tab and carriage return are in the list because Excel skips them and reads what follows; the full-width
 * ＝ ＋ － ＠ (common in Japanese text) because Apple Numbers folds them to ASCII, as csv-stringify's escape_formulas
 * knows, so the CSV and the XLSX exports treat the same cells alike.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;

/** Whether a text cell would be read as a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && (FORMULA_TRIGGERS as readonly string[]).includes(text[0]!);
}

/**
 * The text a spreadsheet shows as typed: a leading apostrophe is the convention both Excel and LibreOffice read
 * as "this is text" (the same one csv-stringify's escape_formulas writes). For XLSX cells, write the result as a
 * string cell; numbers are never passed here, so a negative number stays a number.
 */
export function asSpreadsheetText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

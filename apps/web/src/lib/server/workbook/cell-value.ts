/**
 * What a spreadsheet cell may hold when it comes from data: text, a number, a date, or nothing. exceljs writes
 * a formula only for an object with a `formula` key, so keeping data cells to these primitives means no value
 * from the knowledge base or a scenario name can ever become a formula: `=HYPERLINK(...)`, `+cmd`, `@SUM(A1)`,
 * a leading tab or CR all stay text cells (`t="s"`), which Excel and LibreOffice show as written.
 * CSV has no cell types, so its exporters prefix such text instead (see $lib/charts/export).
 */
export type CellValue = string | number | Date | null;

/** Text that a spreadsheet would read as a formula if it were typed in or pasted from a CSV. */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** A data value as a cell: non-finite numbers become empty, anything that is not a primitive becomes its text. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as documented: any other value is shown as its text
  return String(value);
}

/** An ISO date (YYYY-MM-DD) as a date cell at midnight UTC, so that it sorts and filters as a date; else text. */
export function dateCell(iso: string | null | undefined): CellValue {
  if (!iso) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date;
}

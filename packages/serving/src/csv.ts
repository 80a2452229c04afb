// The browser build of csv-stringify: the Node one uses Buffer, which browsers lack; this one runs in both.
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Every CSV Kaiji writes, in the API and in the UI: RFC 4180 with CRLF line ends and a UTF-8 BOM (without it
 * Excel reads Japanese as mojibake), and every text cell that a spreadsheet would run as a formula written as
 * text (see spreadsheet-text.ts: csv-stringify's escape_formulas prefixes the same characters with '). Numbers
 * are written as numbers, so -3 stays -3. A non-finite number (NaN, Infinity) is an empty cell.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const records = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? null : cell)),
  );
  return stringify(records, {
    bom: true,
    record_delimiter: '\r\n',
    // A lone CR or LF inside a cell is quoted too (csv-stringify stops doing so once record_delimiter is set).
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}

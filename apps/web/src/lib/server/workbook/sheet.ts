import type ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { safeUrl } from '$lib/safe-url';
import { cellValue, type CellValue } from './cell-value';

/** One column of a table sheet: its header, an Excel number format for numbers and dates, and a width cap. */
export interface Column {
  header: string;
  /** e.g. '#,##0', '0.0%', 'yyyy-mm-dd'. */
  numFmt?: string;
  /** Widest the column may grow (characters); longer text wraps. */
  maxWidth?: number;
  /** The column holds URLs: each becomes a clickable link (http and https only). */
  url?: boolean;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
/** A font every office suite has or substitutes cleanly for Japanese (LibreOffice maps it to Noto Sans CJK). */
export const SHEET_FONT = 'Yu Gothic';
/** Points per line of 11-point Japanese text (a little more than Latin text needs). */
const LINE_HEIGHT = 16;

/** Width in Excel's character units: full-width characters count double, as they display. */
function displayWidth(value: CellValue, numFmt?: string): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return Math.max(String(value).length, numFmt ? numFmt.length : 0) + 1;
  return Math.max(...value.split('\n').map((line) => stringWidth(line)));
}

/**
 * Writes a table: optional lines above it (title, date, link), a bold header row, then the rows; the rows above
 * the data are frozen so the header stays in view, an autofilter sits on the header, and each column is as wide
 * as its widest cell (up to its cap, then the text wraps).
 */
export function writeTable(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
  options: { preamble?: readonly string[]; freezeColumns?: number; printAcross?: boolean } = {},
): void {
  const preamble = options.preamble ?? [];
  for (const line of preamble) sheet.addRow([cellValue(line)]).font = { name: SHEET_FONT, bold: line === preamble[0] };
  if (preamble.length) sheet.addRow([]);
  const headerRow = sheet.addRow(columns.map((c) => c.header));
  headerRow.font = { name: SHEET_FONT, bold: true };
  headerRow.alignment = { vertical: 'top', wrapText: true };
  headerRow.eachCell((cell) => (cell.fill = HEADER_FILL));
  const widths = columns.map((c) => Math.min(displayWidth(c.header), c.maxWidth ?? 50));
  for (const values of rows) {
    const cells = columns.map((_, i) => cellValue(values[i]));
    const row = sheet.addRow(cells);
    row.font = { name: SHEET_FONT };
    row.alignment = { vertical: 'top', wrapText: true };
    columns.forEach((column, i) => {
      const value = cells[i] ?? null;
      const cell = row.getCell(i + 1);
      // Set on the cell itself: a row's style reaches only cells created after it, and LibreOffice reads cells.
      cell.alignment = { vertical: 'top', wrapText: true };
      if (column.numFmt && (typeof value === 'number' || value instanceof Date)) cell.numFmt = column.numFmt;
      const link = column.url && typeof value === 'string' ? safeUrl(value) : null;
      if (link) {
        cell.value = { text: value as string, hyperlink: link };
        cell.font = { name: SHEET_FONT, color: { argb: 'FF0B57D0' }, underline: true };
      }
      widths[i] = Math.max(widths[i]!, Math.min(displayWidth(value, column.numFmt), column.maxWidth ?? 50));
    });
  }
  columns.forEach((_, i) => (sheet.getColumn(i + 1).width = Math.max(6, widths[i]! + 2)));
  // Wrapped text needs a row tall enough: LibreOffice keeps the default height of a row that has none.
  for (let n = headerRow.number; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    let lines = 1;
    row.eachCell((cell, col) => {
      const value = cellValue(
        typeof cell.value === 'object' && cell.value && 'text' in cell.value ? cell.value.text : cell.value,
      );
      const width = (sheet.getColumn(col).width ?? 10) - 1;
      if (typeof value === 'string')
        lines = Math.max(lines, ...value.split('\n').map((line) => Math.ceil(stringWidth(line) / width) || 1));
    });
    if (lines > 1) row.height = Math.min(LINE_HEIGHT * lines, 400);
  }
  const headerAt = headerRow.number;
  sheet.views = [{ state: 'frozen', ySplit: headerAt, xSplit: options.freezeColumns ?? 0 }];
  sheet.autoFilter = { from: { row: headerAt, column: 1 }, to: { row: headerAt, column: columns.length } };
  // Printed for a meeting: landscape A4 with the header row on every page; as wide as the page, unless the
  // table is too wide to read that way (`printAcross`: pages across, the frozen columns repeated on each).
  const frozen = options.freezeColumns ?? 0;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: !options.printAcross,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerAt}:${headerAt}`,
    ...(options.printAcross && frozen ? { printTitlesColumn: `A:${String.fromCharCode(64 + frozen)}` } : {}),
  };
}

/** The workbook's bytes, ready for a response body. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  // At run time a Node Buffer (a view that may share a pool): copying it gives a body of exactly its bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

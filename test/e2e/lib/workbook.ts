// Reading an exported workbook back as a member's spreadsheet software would (exceljs), for the export tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** A workbook from a downloaded file or a response's bytes. */
export async function readWorkbook(file: string | ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(typeof file === 'string' ? new Uint8Array(readFileSync(file)).buffer : file);
  return workbook;
}

/** A sheet by its name or position; the test fails if the workbook lacks it. */
export function sheetOf(workbook: ExcelJS.Workbook, which: string | number): ExcelJS.Worksheet {
  const sheet = typeof which === 'number' ? workbook.worksheets[which] : workbook.getWorksheet(which);
  assert.ok(sheet, `no sheet ${which}`);
  return sheet;
}

/** The row a sheet's header freezes (its views' ySplit), and whether it is frozen. */
export function frozenRows(sheet: ExcelJS.Worksheet) {
  const view = sheet.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  return { state: view?.state, ySplit: view?.ySplit ?? 0 };
}

/** Every row of a sheet (row n at index n - 1, empty ones too) as plain values, hyperlinks as their text. */
export function sheetRows(sheet: ExcelJS.Worksheet) {
  const rows: unknown[][] = [];
  for (let n = 1; n <= sheet.rowCount; n++) {
    const values = (sheet.getRow(n).values as ExcelJS.CellValue[] | undefined) ?? [];
    rows.push(values.slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? v.text : (v ?? null))));
  }
  return rows;
}

/** The row of a sheet whose cell in column `col` is `value`; the test fails if there is none. */
export function rowWhere(sheet: ExcelJS.Worksheet, col: number, value: ExcelJS.CellValue): ExcelJS.Row {
  for (let n = 1; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(col).value === value) return sheet.getRow(n);
  assert.fail(`${sheet.name}: no row with ${JSON.stringify(value)} in column ${col}`);
}

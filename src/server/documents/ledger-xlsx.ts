import ExcelJS from 'exceljs';
import { ledgerColumns, type LedgerColumn } from '../../domain/ledger';
import { AppError } from '../errors';
import { addBodyRow, addOfficeSheet, officeWorkbookBytes } from './office-sheet';
import { openSheetReader } from './xlsx-reader';
import { fileTooComplex } from './zip-guard';

/**
 * The ledger as offices print it: a title row, a bold header that repeats on every page, A3 landscape (the
 * monthly ledger is wide), the columns given (ledger-view.ts) in their order. 进度 is written as a number.
 */
export async function writeLedgerXlsx(
  columns: ReadonlyArray<{ key: string; header: string; width: number }>,
  rows: ReadonlyArray<Record<string, string | number>>,
  title: string,
  addSheets?: (workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const sheet = addOfficeSheet(workbook, '任务台账', title, columns, { paperSize: 'A3' });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  for (const row of rows) {
    addBodyRow(
      sheet,
      columns.map((c) => row[c.key] ?? ''),
    );
  }
  addSheets?.(workbook);
  return await officeWorkbookBytes(workbook);
}

export interface ParsedSheet {
  /** Sheet row number (1-based, as Excel shows it) and the cells by column name, as text. */
  rows: Array<{ rowNumber: number; cells: Partial<Record<LedgerColumn, string>> }>;
  missingColumns: LedgerColumn[];
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

export function unreadableLedger(): AppError {
  return new AppError('UNSUPPORTED_FILE_TYPE', {
    details: { fields: [{ path: 'file', message: '无法读取该文件：请上传 Excel（.xlsx）台账' }] },
  });
}

/**
 * A ledger's bounds: a district's plenary ledger has some hundreds of rows and a dozen columns, a city's
 * yearly ledger up to ~10,000 rows (the import benchmark's size, docs/performance.md) — twice that is room,
 * and the worker's memory and time limits hold whatever the bounds let through.
 */
export const ledgerSheetLimits = { maxRows: 20_000, maxColumns: 100, maxCells: 400_000 };

/**
 * Reads the first sheet: finds the header row (the one naming 任务内容) among the first five, maps columns
 * by name so that their order does not matter, and returns every non-empty row below it. The zip is checked
 * first (zip-guard.ts, xlsx-reader.ts) and the sheet is read as a stream, row by row, with its rows, columns and cells
 * bounded as they come: a single cell at row 1,048,576 is refused when it is met, never expanded.
 * Runs in the parse worker (parse-pool.ts).
 */
export async function readLedgerXlsx(
  bytes: Buffer,
  unreadable: () => AppError = unreadableLedger,
): Promise<ParsedSheet> {
  const reader = await openSheetReader(bytes, unreadable);
  const { maxRows, maxColumns, maxCells } = ledgerSheetLimits;
  let headerRow = 0;
  const columnOf = new Map<LedgerColumn, number>();
  const rows: ParsedSheet['rows'] = [];
  let cells = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > maxRows)
          throw fileTooComplex(`表格行数超过上限 ${maxRows} 行（第 ${row.number} 行有内容）`, {
            limit: 'rows',
          });
        if (row.cellCount > maxColumns)
          throw fileTooComplex(`表格列数超过上限 ${maxColumns} 列`, { limit: 'columns' });
        cells += row.actualCellCount;
        if (cells > maxCells) throw fileTooComplex(`表格单元格超过上限 ${maxCells} 个`, { limit: 'cells' });
        if (!headerRow) {
          if (row.number > 5) break;
          const names = new Map<string, number>();
          row.eachCell((cell, col) => names.set(cellText(cell.value).trim(), col));
          if (names.has('任务内容')) {
            headerRow = row.number;
            for (const c of ledgerColumns) {
              const col = names.get(c);
              if (col) columnOf.set(c, col);
            }
          }
          continue;
        }
        const values: Partial<Record<LedgerColumn, string>> = {};
        let any = false;
        for (const [name, col] of columnOf) {
          const text = cellText(row.getCell(col).value).trim();
          if (text) any = true;
          values[name] = text;
        }
        if (any) rows.push({ rowNumber: row.number, cells: values });
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  }
  if (!headerRow) return { rows: [], missingColumns: [...ledgerColumns] };
  const missingColumns = ledgerColumns.filter(
    (c) => !columnOf.has(c) && c !== '序号' && c !== '状态' && c !== '任务编号',
  );
  return { rows, missingColumns };
}

import ExcelJS from 'exceljs';
import { ledgerColumns, type LedgerColumn } from '../../domain/ledger';
import { addOfficeSheet, thinBorder } from './office-sheet';

/**
 * The ledger as offices print it: a title row, a bold header that repeats on every page, A3 landscape (the
 * monthly ledger is wide), the columns given (ledger-view.ts) in their order. 进度 is written as a number.
 */
export async function writeLedgerXlsx(
  columns: ReadonlyArray<{ key: string; header: string; width: number }>,
  rows: ReadonlyArray<Record<string, string | number>>,
  title: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const sheet = addOfficeSheet(workbook, '任务台账', title, columns, { paperSize: 'A3' });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => row[c.key] ?? ''));
    added.eachCell((cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.font = { name: '仿宋_GB2312', size: 11 };
      cell.border = thinBorder;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ParsedSheet {
  /** Sheet row number (1-based, as Excel shows it) and the cells by column name, as text. */
  rows: Array<{ rowNumber: number; cells: Partial<Record<LedgerColumn, string>> }>;
  missingColumns: LedgerColumn[];
}

function cellText(value: ExcelJS.CellValue): string {
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

/**
 * Reads the first sheet: finds the header row (the one naming 任务内容) among the first five, maps columns
 * by name so that their order does not matter, and returns every non-empty row below it.
 */
export async function readLedgerXlsx(bytes: Buffer): Promise<ParsedSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], missingColumns: [...ledgerColumns] };
  let headerRow = 0;
  const columnOf = new Map<LedgerColumn, number>();
  for (let r = 1; r <= Math.min(5, sheet.rowCount); r++) {
    const names = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => names.set(cellText(cell.value).trim(), col));
    if (names.has('任务内容')) {
      headerRow = r;
      for (const c of ledgerColumns) {
        const col = names.get(c);
        if (col) columnOf.set(c, col);
      }
      break;
    }
  }
  const missingColumns = ledgerColumns.filter((c) => !columnOf.has(c) && c !== '序号' && c !== '状态' && c !== '任务编号');
  const rows: ParsedSheet['rows'] = [];
  if (!headerRow) return { rows, missingColumns: [...ledgerColumns] };
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Partial<Record<LedgerColumn, string>> = {};
    let any = false;
    for (const [name, col] of columnOf) {
      const text = cellText(row.getCell(col).value).trim();
      if (text) any = true;
      cells[name] = text;
    }
    if (any) rows.push({ rowNumber: r, cells });
  }
  return { rows, missingColumns };
}

/**
 * The project ledger (项目台账) and the monthly investment table as workbooks, and the ledger read back:
 * the same office sheet as the task ledger (title row, frozen bold header, A3 landscape), amounts as
 * numbers with two decimals so that offices can sum them.
 */
import ExcelJS from 'exceljs';
import { projectLedgerColumns, type ProjectLedgerKey } from '../../domain/project-ledger';
import { AppError } from '../errors';
import { cellText, ledgerSheetLimits } from './ledger-xlsx';
import { SHEET_FONT, addOfficeSheet, officeWorkbookBytes, thinBorder } from './office-sheet';
import { openSheetReader } from './xlsx-reader';
import { fileTooComplex } from './zip-guard';

const moneyKeys = new Set<string>(['totalInvestment', 'annualPlan', 'carryOver', 'completedThisYear']);

function styleRow(row: ExcelJS.Row, moneyColumns: ReadonlySet<number>): void {
  row.eachCell((cell, col) => {
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.font = { ...SHEET_FONT.body };
    cell.border = thinBorder;
    if (moneyColumns.has(col)) cell.numFmt = '0.00';
  });
}

/** The ledger: a row per project, cells by column key (amounts as "1234.50" strings, written as numbers). */
export async function writeProjectLedgerXlsx(
  rows: ReadonlyArray<Partial<Record<ProjectLedgerKey, string | number>>>,
  title: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const sheet = addOfficeSheet(workbook, '项目台账', title, projectLedgerColumns, {
    paperSize: 'A3',
    frozenColumns: 3,
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: projectLedgerColumns.length } };
  const money = new Set(projectLedgerColumns.flatMap((c, i) => (moneyKeys.has(c.key) ? [i + 1] : [])));
  for (const row of rows) {
    const added = sheet.addRow(
      projectLedgerColumns.map((c) => {
        const v = row[c.key] ?? '';
        return moneyKeys.has(c.key) && typeof v === 'string' && v !== '' ? Number(v) : v;
      }),
    );
    styleRow(added, money);
  }
  return await officeWorkbookBytes(workbook);
}

/** The monthly investment table: given columns (headers) and rows of cells; amount columns by index. */
export async function writeInvestmentXlsx(
  columns: ReadonlyArray<{ header: string; width: number }>,
  rows: ReadonlyArray<Array<string | number>>,
  moneyColumns: ReadonlySet<number>,
  title: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const sheet = addOfficeSheet(workbook, '月度投资完成', title, columns, {
    paperSize: 'A3',
    frozenColumns: 3,
  });
  for (const cells of rows) styleRow(sheet.addRow(cells), moneyColumns);
  const last = sheet.lastRow;
  if (last && rows.length > 0) last.eachCell((cell) => (cell.font = { ...SHEET_FONT.header }));
  return await officeWorkbookBytes(workbook);
}

export interface ParsedProjectSheet {
  rows: Array<{ rowNumber: number; cells: Partial<Record<ProjectLedgerKey, string>> }>;
  /** The headings found, by key. */
  found: ProjectLedgerKey[];
}

function unreadable(): AppError {
  return new AppError('UNSUPPORTED_FILE_TYPE', {
    details: { fields: [{ path: 'file', message: '无法读取该文件：请上传 Excel（.xlsx）项目台账' }] },
  });
}

/**
 * Reads the first sheet: the header row is the one naming 项目名称 among the first five; columns are matched
 * by heading, so their order does not matter. Zip checked first, rows streamed and bounded as for the task
 * ledger. Runs in the parse worker.
 */
export async function readProjectLedgerXlsx(bytes: Buffer): Promise<ParsedProjectSheet> {
  const reader = await openSheetReader(bytes, unreadable);
  const { maxRows, maxColumns, maxCells } = ledgerSheetLimits;
  let headerRow = 0;
  const columnOf = new Map<ProjectLedgerKey, number>();
  const rows: ParsedProjectSheet['rows'] = [];
  let cells = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > maxRows) throw fileTooComplex(`表格行数超过上限 ${maxRows} 行`, { limit: 'rows' });
        if (row.cellCount > maxColumns)
          throw fileTooComplex(`表格列数超过上限 ${maxColumns} 列`, { limit: 'columns' });
        cells += row.actualCellCount;
        if (cells > maxCells) throw fileTooComplex(`表格单元格超过上限 ${maxCells} 个`, { limit: 'cells' });
        if (!headerRow) {
          if (row.number > 5) break;
          const names = new Map<string, number>();
          row.eachCell((cell, col) => names.set(cellText(cell.value).trim(), col));
          if (names.has('项目名称')) {
            headerRow = row.number;
            for (const c of projectLedgerColumns) {
              const col = names.get(c.header);
              if (col && !c.readOnly) columnOf.set(c.key, col);
            }
          }
          continue;
        }
        const values: Partial<Record<ProjectLedgerKey, string>> = {};
        let any = false;
        for (const [key, col] of columnOf) {
          const text = cellText(row.getCell(col).value).trim();
          if (text) any = true;
          values[key] = text;
        }
        if (any) rows.push({ rowNumber: row.number, cells: values });
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  }
  return { rows, found: [...columnOf.keys()] };
}

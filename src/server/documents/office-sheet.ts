import type ExcelJS from 'exceljs';

/**
 * The typefaces of the office sheets. A spreadsheet cannot name a fallback face the way a Word font table
 * does (official-style.ts), so the body and header use faces every Windows since Vista and WPS ship — 仿宋 (the
 * GB18030 仿宋, drawn like 仿宋_GB2312) and 黑体 — and every font says charset 134 (GB2312): a machine without
 * 方正小标宋简体 draws the title in its own Chinese face (宋体) rather than a Latin one.
 */
const GB2312_CHARSET = 134;
export const SHEET_FONT = {
  title: { name: '方正小标宋简体', size: 16, bold: true, charset: GB2312_CHARSET },
  header: { name: '黑体', size: 11, bold: true, charset: GB2312_CHARSET },
  body: { name: '仿宋', size: 11, charset: GB2312_CHARSET },
} as const satisfies Record<string, Partial<ExcelJS.Font>>;

export const thinBorder: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * A worksheet as offices print it: a merged 方正小标宋 title row, a bold shaded 黑体 header row that stays in
 * view (frozen) and repeats on every printed page, A4 landscape fitted to the page width.
 */
export function addOfficeSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: ReadonlyArray<{ header: string; width: number }>,
  options: { frozenColumns?: number; paperSize?: 'A4' | 'A3' } = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      // Excel's paper codes: 9 is A4, 8 is A3 (ExcelJS's enum lacks A3; Excel reads it).
      paperSize: (options.paperSize === 'A3' ? 8 : 9) as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
    views: [
      { state: 'frozen', ySplit: 2, ...(options.frozenColumns ? { xSplit: options.frozenColumns } : {}) },
    ],
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { ...SHEET_FONT.title };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const header = sheet.getRow(2);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { ...SHEET_FONT.header };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF5' } };
    cell.border = thinBorder;
    sheet.getColumn(i + 1).width = column.width;
  });
  return sheet;
}

/** A body row as every office sheet writes it: 仿宋 11, wrapped, top-aligned, thin borders. */
export function addBodyRow(sheet: ExcelJS.Worksheet, values: ReadonlyArray<string | number>): ExcelJS.Row {
  const added = sheet.addRow([...values]);
  added.eachCell((cell) => {
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.font = { ...SHEET_FONT.body };
    cell.border = thinBorder;
  });
  return added;
}

// Row heights: a wrapped cell's lines at 11 pt, as Excel measures a column (in widths of "0"; a Chinese
// character takes about two). LibreOffice and WPS do not grow a row to its wrapped text when opening a
// file, so a row without a height shows one line and the rest hides under the next row.
const LINE_POINTS = 14.5;
const ROW_PADDING_POINTS = 3;

function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) <= 0xff ? 1.1 : 2.2;
  return units;
}

function cellLines(cell: ExcelJS.Cell, columnWidth: number): number {
  if (!cell.alignment?.wrapText || cell.value === null || cell.value === undefined) return 1;
  const usable = Math.max(1, columnWidth - 1);
  return String(cell.text)
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(textUnits(part) / usable)), 0);
}

/** Sets the height of every body row (below the title and header) from its wrapped cells' lines. */
function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= 2 || row.height) return;
    let lines = 1;
    row.eachCell((cell, col) => {
      lines = Math.max(lines, cellLines(cell, sheet.getColumn(col).width ?? 9));
    });
    if (lines > 1) row.height = lines * LINE_POINTS + ROW_PADDING_POINTS;
  });
}

/**
 * The workbook's bytes, every sheet finished for print: its print area is the used range (title, header and
 * rows, every column) and its body rows are as tall as their wrapped text.
 */
export async function officeWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount === 0 || sheet.columnCount === 0) continue;
    fitRowHeights(sheet);
    sheet.pageSetup.printArea = `A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount}`;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

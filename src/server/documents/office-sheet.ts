import type ExcelJS from 'exceljs';

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
  titleCell.font = { name: '方正小标宋简体', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const header = sheet.getRow(2);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { name: '黑体', size: 11, bold: true };
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
    cell.font = { name: '仿宋_GB2312', size: 11 };
    cell.border = thinBorder;
  });
  return added;
}

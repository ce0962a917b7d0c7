import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addBodyRow, addOfficeSheet, officeWorkbookBytes } from './office-sheet';

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('office sheets as WPS, Excel and LibreOffice print them', () => {
  const columns = [
    { header: '序号', width: 6 },
    { header: '任务内容', width: 20 },
    { header: '备注', width: 10 },
  ];

  it('prints the used range: title, header and every row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addOfficeSheet(workbook, '台账', '任务台账', columns);
    addBodyRow(sheet, [1, '短', '']);
    addBodyRow(sheet, [2, '短', '']);
    const back = await readBack(await officeWorkbookBytes(workbook));
    expect(back.pageSetup.printArea).toBe('A1:C4');
    expect(back.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    expect(back.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('makes a row as tall as its longest wrapped cell, and leaves one-line rows alone', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addOfficeSheet(workbook, '台账', '任务台账', columns);
    addBodyRow(sheet, [1, '短', '']);
    // 40 Chinese characters in a column 20 wide (about 9 characters a line): 5 lines.
    addBodyRow(sheet, [
      2,
      '实施城市更新行动完成老旧小区改造二十五个惠及居民八千户打造精品示范街区五个年',
      '',
    ]);
    addBodyRow(sheet, [3, '第一行\n第二行\n第三行', '']);
    const back = await readBack(await officeWorkbookBytes(workbook));
    expect(back.getRow(3).height ?? 0).toBeLessThan(16);
    expect(back.getRow(4).height).toBeGreaterThanOrEqual(5 * 14.5);
    expect(back.getRow(5).height).toBeGreaterThanOrEqual(3 * 14.5);
    expect(back.getRow(5).height).toBeLessThan(4 * 14.5);
  });

  it('writes every font as a GB2312 (charset 134) face, the body in 仿宋 that every Windows and WPS ship', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addOfficeSheet(workbook, '台账', '任务台账', columns);
    addBodyRow(sheet, [1, '短', '']);
    const back = await readBack(await officeWorkbookBytes(workbook));
    for (const cell of [back.getCell(1, 1), back.getCell(2, 1), back.getCell(3, 2)])
      expect(cell.font.charset).toBe(134);
    expect(back.getCell(3, 2).font.name).toBe('仿宋');
  });
});

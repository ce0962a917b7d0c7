import ExcelJS from 'exceljs';
import type { TAuditEvent } from '../modules/audit/audit.schemas';
import { SHEET_FONT, addOfficeSheet, officeWorkbookBytes, thinBorder } from './office-sheet';

/** Header words of the export, in the order of the columns. */
export const auditSheetColumns = [
  { header: '序号', width: 8 },
  { header: '时间', width: 20 },
  { header: '操作人', width: 14 },
  { header: '所属单位', width: 18 },
  { header: '操作', width: 18 },
  { header: '对象类型', width: 12 },
  { header: '对象', width: 40 },
  { header: '对象标识', width: 38 },
  { header: 'IP地址', width: 16 },
  { header: '哈希值', width: 30 },
] as const;

/** A timestamp as the office reads it: Beijing time, 2024-07-15 09:30:05. */
function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The filtered audit log for the 等保 assessor: a title naming the filters, one row per event. */
export async function writeAuditXlsx(
  items: readonly TAuditEvent[],
  title: string,
  note?: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const sheet = addOfficeSheet(workbook, '审计日志', title, auditSheetColumns);
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: auditSheetColumns.length } };
  for (const e of items) {
    const row = sheet.addRow([
      e.seq,
      beijingTime(e.at),
      e.actorName ?? '系统',
      e.actorUnit ?? '',
      e.actionLabel,
      e.entityTypeLabel,
      e.entityName ?? '',
      e.entityId ?? '',
      e.ip ?? '',
      e.hash,
    ]);
    row.eachCell((cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.font = { ...SHEET_FONT.body };
      cell.border = thinBorder;
    });
  }
  if (note) sheet.addRow([note]).getCell(1).font = { ...SHEET_FONT.body, italic: true };
  return await officeWorkbookBytes(workbook);
}

import type ExcelJS from 'exceljs';
import { addBodyRow, addOfficeSheet } from './office-sheet';

/** One sub-task as the ledger export lists it (一级抓一级), under its task's code and title. */
export interface SubtaskSheetRow {
  taskCode: string | null;
  taskTitle: string;
  unitName: string;
  sectionName: string;
  assigneeName: string;
  title: string;
  startDate: string | null;
  dueDate: string;
  progress: number;
  status: 'open' | 'done';
  note: string | null;
}

const columns = [
  { header: '序号', width: 6 },
  { header: '任务编号', width: 14 },
  { header: '任务内容', width: 36 },
  { header: '分解单位', width: 16 },
  { header: '科室', width: 14 },
  { header: '责任人', width: 10 },
  { header: '子任务', width: 36 },
  { header: '开始时间', width: 12 },
  { header: '完成时限', width: 12 },
  { header: '进度', width: 8 },
  { header: '状态', width: 8 },
  { header: '进展说明', width: 36 },
];

/** The ledger export's second sheet: the sub-tasks of the exported tasks the caller may see (进度 a number). */
export function addSubtaskSheet(
  workbook: ExcelJS.Workbook,
  rows: readonly SubtaskSheetRow[],
  title: string,
): void {
  const sheet = addOfficeSheet(workbook, '任务分解', title, columns, { paperSize: 'A3' });
  rows.forEach((r, i) => {
    addBodyRow(sheet, [
      i + 1,
      r.taskCode ?? '',
      r.taskTitle,
      r.unitName,
      r.sectionName,
      r.assigneeName,
      r.title,
      r.startDate ?? '',
      r.dueDate,
      r.progress,
      r.status === 'done' ? '已完成' : '进行中',
      r.note ?? '',
    ]);
  });
}

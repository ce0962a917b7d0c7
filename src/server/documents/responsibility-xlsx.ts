import type ExcelJS from 'exceljs';
import { formatTargets } from '../../domain/ledger';
import { coShareStateWords, targetShareStatusWords } from '../../domain/ledger-responsibility';
import { formatPeriod } from '../../domain/ledger-view';
import type { TTaskResponsibility } from '../modules/tasks/tasks.schemas';
import { addBodyRow, addOfficeSheet } from './office-sheet';

/** A task of the export with what the ledger shows of its co-units and target shares. */
export interface ResponsibilitySheetTask {
  code: string | null;
  title: string;
  leadUnitName: string;
  coShares: TTaskResponsibility['coShares'];
  targetShares: TTaskResponsibility['targetShares'];
}

const coShareColumns = [
  { header: '序号', width: 6 },
  { header: '任务编号', width: 14 },
  { header: '任务内容', width: 40 },
  { header: '牵头单位', width: 16 },
  { header: '配合单位', width: 16 },
  { header: '期次', width: 14 },
  { header: '报送情况', width: 10 },
  { header: '首次报送日期', width: 12 },
  { header: '退回理由', width: 30 },
];

/** 配合单位分报: one row per co-unit of each exported task, its share of `period` (the latest closed one). */
export function addCoShareSheet(
  workbook: ExcelJS.Workbook,
  tasks: readonly ResponsibilitySheetTask[],
  period: string,
  title: string,
): void {
  const sheet = addOfficeSheet(workbook, '配合单位分报', title, coShareColumns);
  let seq = 0;
  for (const task of tasks)
    for (const line of task.coShares)
      addBodyRow(sheet, [
        ++seq,
        task.code ?? '',
        task.title,
        task.leadUnitName,
        line.unitName ?? '',
        formatPeriod(period),
        coShareStateWords[line.state],
        line.givenOn ?? '',
        line.returnReason ?? '',
      ]);
}

const targetShareColumns = [
  { header: '序号', width: 6 },
  { header: '任务编号', width: 14 },
  { header: '任务内容', width: 36 },
  { header: '指标', width: 24 },
  { header: '责任单位', width: 16 },
  { header: '分解目标', width: 14 },
  { header: '最新值', width: 12 },
  { header: '完成比例（%）', width: 10 },
  { header: '状态', width: 8 },
];

/** 指标分解: one row per unit's share of each exported task's split targets (最新值 and 完成比例 as numbers). */
export function addTargetShareSheet(
  workbook: ExcelJS.Workbook,
  tasks: readonly ResponsibilitySheetTask[],
  title: string,
): void {
  const sheet = addOfficeSheet(workbook, '指标分解', title, targetShareColumns);
  let seq = 0;
  for (const task of tasks)
    for (const s of task.targetShares) {
      // "≥300万人": the target's own notation, without its indicator.
      const goal = formatTargets([
        {
          indicator: '',
          unit: s.measureUnit,
          comparator: s.comparator,
          targetValue: s.targetValue,
          targetValueMax: s.targetValueMax,
          deadline: null,
        },
      ]).slice(1);
      addBodyRow(sheet, [
        ++seq,
        task.code ?? '',
        task.title,
        s.indicator,
        s.unitName ?? '',
        goal,
        s.currentValue ?? '',
        s.progress ?? '',
        targetShareStatusWords[s.status],
      ]);
    }
}

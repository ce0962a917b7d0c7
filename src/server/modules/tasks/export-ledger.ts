import { shanghaiDate } from '../../clock';
import { readTx, type AuthedContext } from '../../context';
import { writeLedgerXlsx } from '../../documents/ledger-xlsx';
import { addCoShareSheet, addTargetShareSheet } from '../../documents/responsibility-xlsx';
import { addSubtaskSheet } from '../../documents/subtasks-xlsx';
import { formatPeriod } from '../../../domain/ledger-view';
import { subtaskSheetRows } from '../subtasks/subtask-sheet-rows';
import { buildLedgerSheet } from './build-ledger-sheet';
import { loadLedgerResponsibility } from './ledger-responsibility';
import { findTasks, loadTaskDetails } from './tasks.repository';
import type { TLedgerSheetQuery } from './tasks.schemas';

/**
 * Exactly the filtered ledger the caller sees, in the screen's columns, as the office's Excel sheet; then, for
 * those tasks and as far as the caller may see them, their sub-tasks (任务分解), the co-units' shares of the
 * latest closed period (配合单位分报) and the targets' per-unit shares (指标分解).
 */
export async function exportLedger(
  ctx: AuthedContext,
  query: TLedgerSheetQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  const sheet = await buildLedgerSheet(ctx, query);
  const today = shanghaiDate(ctx.clock.now());
  const { subtasks, period, tasks } = await readTx(ctx, async (tx) => {
    const order = new Map(sheet.taskIds.map((id, i) => [id, i]));
    const rows = (await findTasks(tx, sheet.taskIds)).sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    const details = await loadTaskDetails(tx, rows);
    const loaded = await loadLedgerResponsibility(tx, ctx.actor, rows, details.targets, today);
    return {
      subtasks: await subtaskSheetRows(tx, ctx, sheet.taskIds),
      period: loaded.period,
      tasks: rows.map((t) => ({
        code: t.code,
        title: t.title,
        leadUnitName: t.leadUnitId ? (details.unitNames.get(t.leadUnitId) ?? '') : '',
        ...(loaded.byTask.get(t.id) ?? { coShares: [], targetShares: [] }),
      })),
    };
  });
  const bytes = await writeLedgerXlsx(sheet.columns, sheet.rows, sheet.title, (workbook) => {
    addSubtaskSheet(workbook, subtasks, `任务分解（${today}）`);
    addCoShareSheet(workbook, tasks, period, `配合单位分报（${formatPeriod(period)}）`);
    addTargetShareSheet(workbook, tasks, `指标分解（${today}）`);
  });
  return { fileName: `任务台账-${today}.xlsx`, bytes };
}

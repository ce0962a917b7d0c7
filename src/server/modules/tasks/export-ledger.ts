import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { writeLedgerXlsx } from '../../documents/ledger-xlsx';
import { addSubtaskSheet } from '../../documents/subtasks-xlsx';
import { subtaskSheetRows } from '../subtasks/subtask-sheet-rows';
import { buildLedgerSheet } from './build-ledger-sheet';
import type { TLedgerSheetQuery } from './tasks.schemas';

/**
 * Exactly the filtered ledger the caller sees, in the screen's columns, as the office's Excel sheet; a second
 * sheet (任务分解) lists those tasks' sub-tasks the caller may see.
 */
export async function exportLedger(
  ctx: AuthedContext,
  query: TLedgerSheetQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  const sheet = await buildLedgerSheet(ctx, query);
  const subtasks = await tenantTx(ctx, (tx) => subtaskSheetRows(tx, ctx, sheet.taskIds));
  const today = shanghaiDate(ctx.clock.now());
  const bytes = await writeLedgerXlsx(sheet.columns, sheet.rows, sheet.title, (workbook) =>
    addSubtaskSheet(workbook, subtasks, `任务分解（${today}）`),
  );
  return { fileName: `任务台账-${today}.xlsx`, bytes };
}

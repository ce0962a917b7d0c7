import { formatTargets, joinTaskText, sourceLabels, statusLabels } from '../../../domain/ledger';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { writeLedgerXlsx, type LedgerSheetRow } from '../../documents/ledger-xlsx';
import { scopeFor } from './list-tasks';
import { listAllTasks, loadTaskDetails, taskFilters } from './tasks.repository';
import type { TListTasksQuery } from './tasks.schemas';

/** Exactly the filtered ledger the caller sees, as the office's Excel sheet. */
export async function exportLedger(ctx: AuthedContext, query: Omit<TListTasksQuery, 'page' | 'pageSize'>): Promise<{ fileName: string; bytes: Buffer }> {
  const scope = scopeFor(ctx);
  const today = shanghaiDate(ctx.clock.now());
  const rows = await tenantTx(ctx, async (tx) => {
    const tasks = await listAllTasks(tx, taskFilters(query, scope));
    const details = await loadTaskDetails(tx, tasks);
    return tasks.map(
      (t, i): LedgerSheetRow => ({
        序号: i + 1,
        任务编号: t.code ?? '',
        任务内容: joinTaskText(t.title, t.content),
        量化目标: formatTargets(details.targets.get(t.id) ?? []),
        牵头区领导: t.leadLeaderId ? (details.leaderNames.get(t.leadLeaderId) ?? '') : '',
        牵头单位: t.leadUnitId ? (details.unitNames.get(t.leadUnitId) ?? '') : '',
        配合单位: t.coUnitIds.map((u) => details.unitNames.get(u) ?? '').filter(Boolean).join('、'),
        责任人: t.responsiblePerson ?? '',
        开始时间: t.startDate ?? '',
        完成时限: t.dueDate ?? '',
        任务来源: sourceLabels[t.source],
        分类: t.category ?? '',
        状态: statusLabels[t.status],
      }),
    );
  });
  const bytes = await writeLedgerXlsx(rows, `任务台账（${today}）`);
  return { fileName: `任务台账-${today}.xlsx`, bytes };
}

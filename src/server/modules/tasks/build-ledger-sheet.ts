import {
  ledgerViewCells,
  ledgerViewColumn,
  parseLedgerViewKeys,
  type LedgerAcceptance,
  type LedgerViewColumn,
  type LedgerViewKey,
} from '../../../domain/ledger-view';
import { shanghaiDate } from '../../clock';
import { readTx, type AuthedContext } from '../../context';
import { ledgerAcceptanceOf } from '../acceptance/ledger-acceptance';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { scopeFor } from './list-tasks';
import { approvedReportTexts, listAllTasks, loadTaskDetails, taskFilters } from './tasks.repository';
import type { TLedgerSheetQuery } from './tasks.schemas';

export interface LedgerSheet {
  title: string;
  columns: Array<LedgerViewColumn & { key: LedgerViewKey }>;
  rows: Array<Record<string, string | number>>;
  /** The tasks of the rows, in order (the export adds their sub-tasks, issue 15). */
  taskIds: string[];
}

/**
 * The monthly ledger (月度台账) of exactly what the caller's screen shows: its filters (the light too), its sort,
 * its columns in its order; per task the progress, the light with its reasons, the latest approved report and
 * the targets' latest values. The Excel export and the A3 print view are both written from this.
 */
export async function buildLedgerSheet(ctx: AuthedContext, query: TLedgerSheetQuery): Promise<LedgerSheet> {
  const scope = scopeFor(ctx);
  const today = shanghaiDate(ctx.clock.now());
  const keys = parseLedgerViewKeys(query.columns).keys;
  let taskIds: string[] = [];
  const rows = await readTx(ctx, async (tx) => {
    let tasks = await listAllTasks(tx, taskFilters(query, scope), query.sort);
    const details = await loadTaskDetails(tx, tasks);
    const lights = await computeLights(
      tx,
      tasks,
      details,
      today,
      lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId)),
    );
    if (query.light)
      tasks = tasks.filter((t) => t.status !== 'draft' && lights.get(t.id)?.light === query.light);
    const ids = tasks.map((t) => t.id);
    taskIds = ids;
    // The latest approved report per task: periods sort as text (2024-07 < 2024-08, 2024-Q1 < 2024-Q2).
    const approved = await approvedReportTexts(tx, ids);
    const latest = new Map<string, (typeof approved)[number]>();
    for (const r of approved) if (!latest.has(r.taskId)) latest.set(r.taskId, r);
    const acceptance = keys.includes('acceptance')
      ? await ledgerAcceptanceOf(tx, ids)
      : new Map<string, LedgerAcceptance>();
    return tasks.map((t, i) => {
      const light = lights.get(t.id);
      const cells = ledgerViewCells(i + 1, {
        code: t.code,
        title: t.title,
        content: t.content,
        targets: details.targets.get(t.id) ?? [],
        leadLeaderName: t.leadLeaderId ? (details.leaderNames.get(t.leadLeaderId) ?? '') : '',
        leadUnitName: t.leadUnitId ? (details.unitNames.get(t.leadUnitId) ?? '') : '',
        coUnitNames: t.coUnitIds.map((u) => details.unitNames.get(u) ?? '').filter(Boolean),
        responsiblePerson: t.responsiblePerson,
        startDate: t.startDate,
        dueDate: t.dueDate,
        source: t.source,
        category: t.category,
        status: t.status,
        progress: t.progress,
        light: t.status === 'draft' ? null : (light?.light ?? null),
        lightReasons: t.status === 'draft' ? [] : (light?.reasons ?? []),
        report: latest.get(t.id) ?? null,
        acceptance: acceptance.get(t.id) ?? null,
      });
      return Object.fromEntries(keys.map((k) => [k, cells[k]]));
    });
  });
  return {
    title: `任务台账（${today}）`,
    columns: keys.map((key) => ({ ...ledgerViewColumn(key), key })),
    rows,
    taskIds,
  };
}

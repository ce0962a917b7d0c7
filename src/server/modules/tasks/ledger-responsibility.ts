import { canSeeAllShares } from '../../../domain/abilities/target-share';
import { coShareLines } from '../../../domain/ledger-responsibility';
import { lastClosedPeriod, type ReportPeriodKind } from '../../../domain/schedule';
import { shareProgress } from '../../../domain/target-shares';
import { shanghaiDate } from '../../clock';
import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { loadSettings } from '../settings/settings.repository';
import { canSeeShare } from '../shares/shares.policy';
import { shareNames, sharesOfTasksForPeriod } from '../shares/shares.repository';
import { sharesOfTargets } from '../target-shares/target-shares.repository';
import type { TTaskResponsibility } from './tasks.schemas';
import type { TaskDetails, TaskRow } from './tasks.repository';

export type ResponsibilityOfTask = Omit<TTaskResponsibility, 'period'>;

/**
 * Per task, what the ledger shows of its co-units and target shares as the caller may see them: each co-unit's
 * share of the latest closed period (given / late / missing / returned; a co-unit sees its own) and each target's
 * shares per unit (all for the office, leaders and the lead unit; another unit its own).
 */
export async function loadLedgerResponsibility(
  tx: Executor,
  actor: Actor,
  tasks: readonly TaskRow[],
  targets: TaskDetails['targets'],
  today: string,
): Promise<{ period: string; byTask: Map<string, ResponsibilityOfTask> }> {
  const kind: ReportPeriodKind =
    (await loadSettings(tx, actor.tenantId))['reports.period'] === 'quarter' ? 'quarter' : 'month';
  const period = lastClosedPeriod(today, kind).period;
  const withCoUnits = tasks.filter((t) => t.coUnitIds.length > 0);
  const shareRows = await sharesOfTasksForPeriod(
    tx,
    withCoUnits.map((t) => t.id),
    period,
  );
  const lines = coShareLines(
    withCoUnits.map((t) => ({
      id: t.id,
      coUnitIds: t.coUnitIds,
      status: t.status,
      acceptedOn: t.acceptedAt ? shanghaiDate(t.acceptedAt) : null,
      completedOn: t.completedAt ? shanghaiDate(t.completedAt) : null,
    })),
    shareRows.map((s) => ({ ...s, givenOn: shanghaiDate(s.submittedAt) })),
    period,
  );
  const targetById = new Map(tasks.flatMap((t) => (targets.get(t.id) ?? []).map((g) => [g.id, g] as const)));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const split = (await sharesOfTargets(tx, [...targetById.keys()])).filter((s) => {
    const task = taskById.get(targetById.get(s.targetId)?.taskId ?? '');
    return task !== undefined && (canSeeAllShares(actor, task) || s.unitId === actor.unitId);
  });
  const unitIds = [...new Set([...tasks.flatMap((t) => t.coUnitIds), ...split.map((s) => s.unitId)])];
  const names = (await shareNames(tx, unitIds, [])).units;
  const byTask = new Map<string, ResponsibilityOfTask>();
  for (const task of tasks) {
    const coShares = (lines.get(task.id) ?? [])
      .filter((l) => canSeeShare(actor, task, { unitId: l.unitId }))
      .map((l) => ({ ...l, unitName: names.get(l.unitId) ?? null }));
    const order = (targets.get(task.id) ?? []).map((g) => g.id);
    const targetShares = split
      .filter((s) => order.includes(s.targetId))
      .sort((a, b) => order.indexOf(a.targetId) - order.indexOf(b.targetId))
      .map((s) => {
        const target = targetById.get(s.targetId);
        if (!target) throw new Error('target share without its target');
        return {
          targetId: s.targetId,
          indicator: target.indicator,
          measureUnit: target.unit,
          comparator: target.comparator,
          unitId: s.unitId,
          unitName: names.get(s.unitId) ?? null,
          targetValue: s.targetValue,
          targetValueMax: s.targetValueMax,
          currentValue: s.currentValue,
          progress: shareProgress(target.comparator, s),
          status: s.status,
        };
      });
    byTask.set(task.id, { coShares, targetShares });
  }
  return { period, byTask };
}

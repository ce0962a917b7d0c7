import { canTaskBePublic, isTaskPublic } from '../../../domain/public-feedback';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { lightSettingsOf, tenantLights } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { latestApprovedReports, tasksOfPublicDecisions } from './public-disclosure.repository';
import type { TPublicTask } from './public-disclosure.schemas';

/** The tasks the public pages show (with their ids, which stay inside): the one place the rule is applied. */
export async function publicTaskRows(tx: Executor) {
  return (await tasksOfPublicDecisions(tx)).filter(
    (r): r is typeof r & { code: string } =>
      r.code !== null && canTaskBePublic(r.status) && isTaskPublic(r.scope, r.chosen, r.id),
  );
}

/**
 * The district's public tasks as of a day, inside a transaction of that district: only tasks of decisions
 * the office marked public (all, or chosen and this one chosen), only at work or done, only the public
 * fields. The light is the one the ledger shows (same rule, same thresholds).
 */
export async function buildPublicTasks(tx: Executor, tenantId: string, asOf: string): Promise<TPublicTask[]> {
  const rows = await publicTaskRows(tx);
  if (rows.length === 0) return [];
  const lights = await tenantLights(tx, tenantId, asOf, lightSettingsOf(await loadSettings(tx, tenantId)));
  const reports = new Map(
    (
      await latestApprovedReports(
        tx,
        rows.map((r) => r.id),
      )
    ).map((r) => [r.taskId, r]),
  );
  return rows.map((r) => {
    const report = reports.get(r.id);
    const changed = report?.reviewedAt && report.reviewedAt > r.updatedAt ? report.reviewedAt : r.updatedAt;
    return {
      key: r.code,
      decision: r.decision,
      title: r.title,
      leadUnit: r.leadUnit,
      dueDate: r.dueDate,
      progress: r.progress,
      light: lights.get(r.id)?.light ?? null,
      publicSummary: report?.publicSummary ?? null,
      summaryPeriod: report?.publicSummary ? report.period : null,
      updatedOn: shanghaiDate(changed),
    };
  });
}

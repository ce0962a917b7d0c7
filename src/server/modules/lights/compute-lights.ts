import { and, eq, inArray } from 'drizzle-orm';
import { defaultLightSettings, lastClosedPeriod, lightAsOf, type LightResult, type LightSettings } from '../../../domain/schedule';
import type { Settings } from '../../../domain/settings';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { reports } from '../../db/schema';
import type { TaskDetails, TaskRow } from '../tasks/tasks.repository';

export function lightSettingsOf(settings: Settings): LightSettings {
  return {
    redGap: settings['lights.redGap'],
    yellowGap: settings['lights.yellowGap'],
    halfTime: settings['lights.halfTime'],
    dueSoonDays: settings['lights.dueSoonDays'],
    reportPeriod: settings['reports.period'] === 'quarter' ? 'quarter' : defaultLightSettings.reportPeriod,
  };
}

/**
 * The light of each task as of a date: the one computation (domain/schedule.ts) that the ledger, the task
 * page and the lights endpoint all show.
 */
export async function computeLights(
  tx: Executor,
  rows: TaskRow[],
  details: Pick<TaskDetails, 'milestones'>,
  asOf: string,
  settings: LightSettings,
): Promise<Map<string, LightResult>> {
  const ids = rows.filter((r) => r.startDate && r.dueDate).map((r) => r.id);
  // The rule looks only at the last closed period's report: load that period's, not the whole history.
  const period = lastClosedPeriod(asOf, settings.reportPeriod).period;
  const reportRows = ids.length
    ? await tx
        .select({ taskId: reports.taskId, period: reports.period, status: reports.status })
        .from(reports)
        .where(and(eq(reports.period, period), inArray(reports.taskId, ids)))
    : [];
  const reportsByTask = new Map<string, Array<{ period: string; status: (typeof reportRows)[number]['status'] }>>();
  for (const r of reportRows) reportsByTask.set(r.taskId, [...(reportsByTask.get(r.taskId) ?? []), r]);
  const result = new Map<string, LightResult>();
  for (const row of rows) {
    if (!row.startDate || !row.dueDate) continue;
    result.set(
      row.id,
      lightAsOf(
        {
          status: row.status,
          startDate: row.startDate,
          dueDate: row.dueDate,
          progress: row.progress,
          acceptedAt: row.acceptedAt ? shanghaiDate(row.acceptedAt) : null,
          milestones: (details.milestones.get(row.id) ?? []).map((m) => ({
            dueDate: m.dueDate,
            completedAt: m.completedAt ? shanghaiDate(m.completedAt) : null,
          })),
          reports: reportsByTask.get(row.id) ?? [],
        },
        asOf,
        settings,
      ),
    );
  }
  return result;
}

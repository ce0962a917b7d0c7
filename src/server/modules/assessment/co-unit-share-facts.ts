import type { TAssessmentFacts } from '../../../domain/assessment/index';
import type { ReportPeriodKind } from '../../../domain/schedule';
import { closedPeriodsOfYear, expectedShareFacts } from '../../../domain/share-facts';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { loadSettings } from '../settings/settings.repository';
import { sharesOfTasks } from '../shares/shares.repository';
import type { TaskRow } from '../tasks/tasks.repository';

/**
 * 配合单位分报 as the assessment reads them: each co-unit's expected share of every closed period of the year,
 * dated when the share standing now was (re)submitted; a returned share not redone is not given (the co-unit's
 * own `missing_report` / `late_report` facts and report timeliness).
 */
export async function loadCoUnitShareFacts(
  tx: Executor,
  tenantId: string,
  taskRows: readonly TaskRow[],
  year: number,
  asOf: string,
): Promise<TAssessmentFacts['reports']> {
  const withCoUnits = taskRows.filter((t) => t.coUnitIds.length > 0);
  if (withCoUnits.length === 0) return [];
  const kind: ReportPeriodKind =
    (await loadSettings(tx, tenantId))['reports.period'] === 'quarter' ? 'quarter' : 'month';
  const shares = await sharesOfTasks(
    tx,
    withCoUnits.map((t) => t.id),
  );
  return expectedShareFacts(
    withCoUnits.map((t) => ({
      id: t.id,
      coUnitIds: t.coUnitIds,
      status: t.status,
      acceptedOn: t.acceptedAt ? shanghaiDate(t.acceptedAt) : null,
      completedOn: t.completedAt ? shanghaiDate(t.completedAt) : null,
    })),
    shares.map((s) => ({ ...s, givenOn: shanghaiDate(s.submittedAt) })),
    closedPeriodsOfYear(year, asOf, kind),
  );
}

import type { TAssessmentFacts } from '../../../domain/assessment/index';
import type { ReportPeriodKind } from '../../../domain/schedule';
import { closedPeriodsOfYear, expectedShareFacts } from '../../../domain/share-facts';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { loadSettings } from '../settings/settings.repository';
import { sharesOfTasks } from '../shares/shares.repository';

type ShareTaskRow = {
  id: string;
  coUnitIds: string[];
  status: string;
  acceptedAt: Date | null;
  completedAt: Date | null;
};

/** The district's share period kind (its report periods): months or quarters. */
export async function sharePeriodKindOf(tx: Executor, tenantId: string): Promise<ReportPeriodKind> {
  return (await loadSettings(tx, tenantId))['reports.period'] === 'quarter' ? 'quarter' : 'month';
}

/**
 * The shares co-units owed on these tasks for `periods`, each dated when the share standing now was (re)submitted;
 * a returned share not redone is not given. One reading for the assessment and the quarterly analysis.
 */
export async function loadOwedShares(
  tx: Executor,
  taskRows: readonly ShareTaskRow[],
  periods: readonly string[],
): Promise<TAssessmentFacts['reports']> {
  const withCoUnits = taskRows.filter((t) => t.coUnitIds.length > 0);
  if (withCoUnits.length === 0 || periods.length === 0) return [];
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
    periods,
  );
}

/**
 * 配合单位分报 as the assessment reads them: each co-unit's expected share of every closed period of the year
 * (the co-unit's own `missing_report` / `late_report` facts and report timeliness).
 */
export async function loadCoUnitShareFacts(
  tx: Executor,
  tenantId: string,
  taskRows: readonly ShareTaskRow[],
  year: number,
  asOf: string,
): Promise<TAssessmentFacts['reports']> {
  if (!taskRows.some((t) => t.coUnitIds.length > 0)) return [];
  const kind = await sharePeriodKindOf(tx, tenantId);
  return loadOwedShares(tx, taskRows, closedPeriodsOfYear(year, asOf, kind));
}

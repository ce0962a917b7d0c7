import { canTaskBePublic } from '../../../domain/public-feedback';
import { publicStanding, standingCounts } from '../../../domain/public-progress';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { lightSettingsOf, tenantLights } from '../lights/compute-lights';
import { latestApprovedReports } from '../public-disclosure/public-disclosure.repository';
import { loadSettings } from '../settings/settings.repository';
import { markedTasks } from './livelihood.repository';
import type { TPublicLivelihood, TPublicLivelihoodTask } from './livelihood.schemas';

/** The tasks marked 民生实事 the public may see (at work or done, with a code), ids kept inside. */
export async function livelihoodTaskRows(tx: Executor) {
  return (await markedTasks(tx)).filter(
    (r): r is typeof r & { code: string } => r.code !== null && canTaskBePublic(r.status),
  );
}

/**
 * The public livelihood list as of a day, inside a transaction of the district: only marked tasks at work or
 * done, only public fields, the ledger's light, and the counts a resident reads first.
 */
export async function buildPublicLivelihood(
  tx: Executor,
  tenantId: string,
  asOf: string,
): Promise<Pick<TPublicLivelihood, 'summary' | 'tasks'>> {
  const rows = await livelihoodTaskRows(tx);
  const lights = rows.length
    ? await tenantLights(tx, tenantId, asOf, lightSettingsOf(await loadSettings(tx, tenantId)))
    : new Map();
  const reports = new Map(
    (
      await latestApprovedReports(
        tx,
        rows.map((r) => r.id),
      )
    ).map((r) => [r.taskId, r]),
  );
  const list: TPublicLivelihoodTask[] = rows.map((r) => {
    const report = reports.get(r.id);
    const changed = report?.reviewedAt && report.reviewedAt > r.updatedAt ? report.reviewedAt : r.updatedAt;
    const light = lights.get(r.id)?.light ?? null;
    return {
      key: r.code,
      title: r.title,
      leadUnit: r.leadUnit,
      dueDate: r.dueDate,
      progress: r.progress,
      standing: publicStanding(r.status === 'completed', light),
      light,
      publicSummary: report?.publicSummary ?? null,
      summaryPeriod: report?.publicSummary ? report.period : null,
      updatedOn: shanghaiDate(changed),
    };
  });
  return { summary: standingCounts(list), tasks: list };
}

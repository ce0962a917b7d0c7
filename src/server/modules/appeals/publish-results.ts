import { uuidv7 } from 'uuidv7';
import { publicationVerdicts } from '../../../domain/abilities';
import { appealWindowEnd } from '../../../domain/assessment/appeals';
import type { TAssessmentResult } from '../../../domain/assessment/index';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { latestResult } from '../assessment/assessment.repository';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { loadSettings } from '../settings/settings.repository';
import { findPublication, insertPublication } from './appeals.repository';
import { canManageAppeals } from './appeals.policy';
import type { TPublication, TPublishBody } from './appeals.schemas';
import { presentPublication } from './present-publication';

/**
 * 公示: the office publishes the year's latest finalized results, internally to every unit (units, groups,
 * totals, grades) and, if chosen, on the public pages, for a window of working days (the setting
 * assessment.appealWindowDays, from the tenant calendar) in which units may appeal. Each assessed unit is told.
 */
export async function publishResults(
  ctx: AuthedContext,
  year: number,
  body: TPublishBody,
): Promise<TPublication> {
  assertCan(canManageAppeals(ctx.actor));
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  return tenantTx(ctx, async (tx) => {
    const latest = await latestResult(tx, year);
    if (!latest) throw new AppError('NOT_FINALIZED');
    const existing = await findPublication(tx, year);
    assertAbility(
      publicationVerdicts(ctx.actor, {
        isFinalized: true,
        isPublished: existing !== undefined,
        isWindowOpen: false,
        unitId: null,
      }),
      'publish',
      { state: '该年度考核结果已公示' },
    );
    const days = (await loadSettings(tx, ctx.actor.tenantId))['assessment.appealWindowDays'];
    const windowEndsOn = appealWindowEnd(today, days, await loadWorkingCalendar(tx, ctx.actor.tenantId));
    const row = await insertPublication(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      year,
      resultVersion: latest.version,
      publishedOn: today,
      windowEndsOn,
      isPublic: body.isPublic,
      publishedBy: ctx.actor.userId,
      publishedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    const result = latest.result as TAssessmentResult;
    for (const unit of result.groups.flatMap((g) => g.units))
      await notifyUsers(tx, await unitUserIds(tx, unit.unitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'assessment_published',
        title: `${year}年度考核结果公示：${unit.grade}（${unit.total}分），公示期至${windowEndsOn}`.slice(
          0,
          200,
        ),
        body: `如对本单位结果有异议，请在公示期内（至${windowEndsOn}）提出申诉。`,
        entityType: 'assessment_publication',
        entityId: row.id,
        dedupeKey: `assessment-published:${year}`,
        at: now,
      });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.results_published',
      entityType: 'assessment_publication',
      entityId: row.id,
      after: { year, resultVersion: latest.version, windowEndsOn, isPublic: body.isPublic },
    });
    return presentPublication(tx, ctx, year);
  });
}

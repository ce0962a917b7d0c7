import { canReadAssessment } from './assessment.policy';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { achievementScope, canDeclareAchievement } from './achievements.policy';
import { listAchievementRows } from './assessment.repository';
import { present, type Row } from './present-achievements';

export async function listAchievements(
  ctx: AuthedContext,
  query: { year?: number | undefined; unitId?: string | undefined; status?: Row['status'] | undefined },
) {
  assertCan(canReadAssessment(ctx.actor) || canDeclareAchievement(ctx.actor));
  const scope = achievementScope(ctx.actor);
  return tenantTx(ctx, async (tx) =>
    present(
      tx,
      await listAchievementRows(tx, {
        ...query,
        scopeUnitId: scope.kind === 'unit' ? scope.unitId : undefined,
        userId: scope.kind === 'own' ? scope.userId : undefined,
      }),
      ctx.actor,
    ),
  );
}

import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canDeclareAchievement } from './achievements.policy';
import { insertAchievement } from './assessment.repository';
import type { TAchievement, TCreateAchievementBody } from './assessment.schemas';
import { assertTasksVisible } from './find-achievement';
import { present } from './present-achievements';

/** A cadre declares an achievement for himself, in his own unit. */
export async function declareAchievement(
  ctx: AuthedContext,
  input: TCreateAchievementBody,
): Promise<TAchievement> {
  assertCan(canDeclareAchievement(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const taskIds = input.taskIds ?? [];
    await assertTasksVisible(tx, ctx.actor, taskIds);
    const values = {
      year: input.year,
      title: input.title,
      description: input.description || null,
      evidence: input.evidence || null,
      taskIds,
    };
    const row = await insertAchievement(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      userId: ctx.actor.userId,
      unitId: ctx.actor.unitId as string,
      ...values,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'achievement.declared',
      entityType: 'achievement',
      entityId: row.id,
      after: { ...values, unitId: row.unitId },
    });
    return (await present(tx, [row], ctx.actor))[0] as TAchievement;
  });
}

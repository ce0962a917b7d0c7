import { canReadAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { canDeclareAchievement } from './achievements.policy';
import { updateAchievementVersioned } from './assessment.repository';
import type { TAchievement, TUpdateAchievementBody } from './assessment.schemas';
import { assertTasksVisible, findVisible } from './find-achievement';
import { present, type Row } from './present-achievements';

/** The declarer edits his item while it is still undecided. */
export async function updateAchievement(
  ctx: AuthedContext,
  id: string,
  input: TUpdateAchievementBody,
): Promise<TAchievement> {
  assertCan(canDeclareAchievement(ctx.actor) || canReadAssessment(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await findVisible(tx, ctx.actor, id);
    if (row.userId !== ctx.actor.userId) throw new AppError('FORBIDDEN', { message: '只能修改本人的申报' });
    if (row.version !== input.version) throw await versionConflict(tx, row);
    if (row.status !== 'declared')
      throw new AppError('INVALID_TRANSITION', { message: '已核实或已退回的申报不能修改' });
    const { version: _version, ...fields } = input;
    if (fields.taskIds)
      await assertTasksVisible(
        tx,
        ctx.actor,
        fields.taskIds.filter((t) => !row.taskIds.includes(t)),
      );
    const changes = {
      ...(fields.year !== undefined ? { year: fields.year } : {}),
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.description !== undefined ? { description: fields.description || null } : {}),
      ...(fields.evidence !== undefined ? { evidence: fields.evidence || null } : {}),
      ...(fields.taskIds !== undefined ? { taskIds: fields.taskIds } : {}),
    };
    const after = await updateAchievementVersioned(tx, id, row.version, {
      ...changes,
      version: row.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, row);
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof Row]]));
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'achievement.updated',
      entityType: 'achievement',
      entityId: id,
      before,
      after: changes,
    });
    return (await present(tx, [after], ctx.actor))[0] as TAchievement;
  });
}

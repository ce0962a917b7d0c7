import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { achievementVerdicts, canDecideAchievement } from './achievements.policy';
import { updateAchievementVersioned } from './assessment.repository';
import type { TAchievement } from './assessment.schemas';
import { findVisible } from './find-achievement';
import { present } from './present-achievements';

/** The office verifies or rejects a declared item (a rejection says why); nobody decides on his own item. */
export async function decideAchievement(
  ctx: AuthedContext,
  id: string,
  action: 'verify' | 'reject',
  input: { version: number; comment?: string | null | undefined },
): Promise<TAchievement> {
  assertCan(canDecideAchievement(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await findVisible(tx, ctx.actor, id);
    // Who may decide is asked first (nobody decides an own declaration); the state after the version.
    if (achievementVerdicts(ctx.actor, row)[action] === 'role')
      throw new AppError('FORBIDDEN', { message: '不能核实本人的申报' });
    if (row.version !== input.version) throw await versionConflict(tx, row);
    const status = assertTransition('achievement', row.status, action);
    const changes = {
      status,
      decidedBy: ctx.actor.userId,
      decidedAt: now,
      decisionComment: input.comment || null,
    };
    const after = await updateAchievementVersioned(tx, id, row.version, {
      ...changes,
      version: row.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: action === 'verify' ? 'achievement.verified' : 'achievement.rejected',
      entityType: 'achievement',
      entityId: id,
      before: { status: row.status },
      after: { status, comment: changes.decisionComment },
    });
    return (await present(tx, [after], ctx.actor))[0] as TAchievement;
  });
}

import { tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { blockerDetail } from './blocker-detail';
import { loadVisibleBlocker } from './blocker-scope';
import { saveTransition } from './blocker-transition';
import { blockerVerdicts, canReadBlockers } from './blockers.policy';
import type { TBlockerDetail, TResolveBody } from './blockers.schemas';

/** The owner says what was done: the blocker awaits the raising unit's confirmation. */
export async function resolveBlocker(
  ctx: AuthedContext,
  id: string,
  body: TResolveBody,
): Promise<TBlockerDetail> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { row, facts } = await loadVisibleBlocker(tx, ctx, id);
    assertAbility(blockerVerdicts(ctx.actor, facts), 'resolve', { state: '该堵点当前不能办结' });
    const now = ctx.clock.now();
    await saveTransition(tx, ctx, row, body.version, {
      set: {
        status: 'pending_confirmation',
        resolution: body.resolution,
        resolvedAt: now,
        resolvedBy: ctx.actor.userId,
      },
      event: { kind: 'resolution_proposed', reason: body.resolution },
      action: 'blocker.resolution_proposed',
      notice: {
        audience: { unitId: row.raisedByUnitId },
        kind: 'blocker_resolution_proposed',
        title: `堵点已办结，请确认：${row.title}`,
        body: `办理情况：${body.resolution}`,
      },
    });
    return blockerDetail(tx, ctx, id);
  });
}

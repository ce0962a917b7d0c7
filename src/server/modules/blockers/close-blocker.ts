import { tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { blockerDetail } from './blocker-detail';
import { loadVisibleBlocker } from './blocker-scope';
import { saveTransition } from './blocker-transition';
import { blockerVerdicts, canReadBlockers } from './blockers.policy';
import type { TBlockerDetail, TCloseBody } from './blockers.schemas';

/** 不予解决/关闭: the office closes a blocker without resolution, with a reason (required). */
export async function closeBlocker(
  ctx: AuthedContext,
  id: string,
  body: TCloseBody,
): Promise<TBlockerDetail> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { row, facts } = await loadVisibleBlocker(tx, ctx, id);
    assertAbility(blockerVerdicts(ctx.actor, facts), 'close', { state: '该堵点已办结或已关闭' });
    await saveTransition(tx, ctx, row, body.version, {
      set: {
        status: 'closed',
        closeReason: body.reason,
        closedAt: ctx.clock.now(),
        closedBy: ctx.actor.userId,
      },
      event: { kind: 'closed', reason: body.reason },
      action: 'blocker.closed',
      notice: {
        audience: { unitId: row.raisedByUnitId },
        kind: 'blocker_closed',
        title: `堵点已关闭：${row.title}`,
        body: `关闭理由：${body.reason}`,
      },
    });
    return blockerDetail(tx, ctx, id);
  });
}

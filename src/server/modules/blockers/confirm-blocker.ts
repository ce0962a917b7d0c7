import { statusAfterReject } from '../../../domain/blockers';
import { tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { blockerDetail } from './blocker-detail';
import { loadVisibleBlocker } from './blocker-scope';
import { saveTransition } from './blocker-transition';
import { blockerVerdicts, canReadBlockers } from './blockers.policy';
import { hasDecision } from './blockers.repository';
import type { TBlockerDetail, TRejectBody } from './blockers.schemas';

/**
 * The raising unit confirms the resolution (resolved), or rejects it with a reason: back to open, or to
 * coordinating when a meeting decision is attached.
 */
export async function confirmBlocker(
  ctx: AuthedContext,
  id: string,
  body: { decision: 'confirm'; version: number } | ({ decision: 'reject' } & TRejectBody),
): Promise<TBlockerDetail> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { row, facts } = await loadVisibleBlocker(tx, ctx, id);
    const audience = { unitId: row.ownerUnitId };
    if (body.decision === 'confirm') {
      assertAbility(blockerVerdicts(ctx.actor, facts), 'confirm', { state: '该堵点不在待确认状态' });
      await saveTransition(tx, ctx, row, body.version, {
        set: { status: 'resolved', confirmedAt: ctx.clock.now(), confirmedBy: ctx.actor.userId },
        event: { kind: 'confirmed' },
        action: 'blocker.confirmed',
        notice: {
          audience,
          kind: 'blocker_confirmed',
          title: `堵点已确认解决：${row.title}`,
          body: '提出单位已确认该堵点解决。',
        },
      });
    } else {
      assertAbility(blockerVerdicts(ctx.actor, facts), 'reject', { state: '该堵点不在待确认状态' });
      await saveTransition(tx, ctx, row, body.version, {
        set: {
          status: statusAfterReject(await hasDecision(tx, row.id)),
          resolution: null,
          resolvedAt: null,
          resolvedBy: null,
        },
        event: { kind: 'rejected', reason: body.reason },
        action: 'blocker.rejected',
        notice: {
          audience,
          kind: 'blocker_rejected',
          title: `堵点办结未获确认：${row.title}`,
          body: `提出单位意见：${body.reason}`,
        },
      });
    }
    return blockerDetail(tx, ctx, id);
  });
}

import { nextLevel } from '../../../domain/blockers';
import { tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { blockerDetail } from './blocker-detail';
import { stepUp } from './blocker-ladder';
import { loadVisibleBlocker } from './blocker-scope';
import { saveTransition } from './blocker-transition';
import { blockerVerdicts, canReadBlockers } from './blockers.policy';
import type { TBlockerDetail, TEscalateBody } from './blockers.schemas';

/** 提前上交: one step up the ladder now, with a reason (the office, or the owner at its own level). */
export async function escalateBlocker(
  ctx: AuthedContext,
  id: string,
  body: TEscalateBody,
): Promise<TBlockerDetail> {
  assertCan(canReadBlockers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { row, subject, facts } = await loadVisibleBlocker(tx, ctx, id);
    assertAbility(blockerVerdicts(ctx.actor, facts), 'escalate', { state: '该堵点当前不能上交' });
    const to = nextLevel(row.level);
    if (!to) throw new Error('unreachable: the verdict refuses the top level');
    const step = stepUp(row, subject, to, ctx.clock.now(), body.reason);
    await saveTransition(tx, ctx, row, body.version, {
      set: step.set,
      event: { kind: 'escalated_early', fromLevel: row.level, toLevel: to, reason: body.reason },
      action: 'blocker.escalated_early',
      notice: step.notice,
    });
    return blockerDetail(tx, ctx, id);
  });
}

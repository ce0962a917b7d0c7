import { meetingVerdicts } from '../../../domain/meetings';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { meetingOr404 } from './meeting-or-404';
import { canManageMeetings } from './meetings.policy';
import { updateMeetingVersioned } from './meetings.repository';
import type { TMeetingDetail, TUpdateMeetingBody } from './meetings.schemas';
import { presentMeetingDetail } from './present-meeting';

/** Edits a meeting (with `version`); `status: 'held'` marks it held (once, from preparing). */
export async function updateMeeting(
  ctx: AuthedContext,
  id: string,
  body: TUpdateMeetingBody,
): Promise<TMeetingDetail> {
  assertCan(canManageMeetings(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const before = await meetingOr404(tx, id);
    const verdicts = meetingVerdicts(ctx.actor, before);
    assertAbility(verdicts, 'update', { state: '会议纪要已定稿，不能修改' });
    if (body.status === 'held') assertAbility(verdicts, 'markHeld', { state: '该例会已标记为召开' });
    if (body.version !== before.version) throw await versionConflict(tx, before);
    const { version, ...fields } = body;
    const row = await updateMeetingVersioned(tx, id, version, {
      ...fields,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, before);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: body.status === 'held' ? 'meeting.held' : 'meeting.updated',
      entityType: 'meeting',
      entityId: id,
      before: Object.fromEntries(Object.keys(fields).map((k) => [k, before[k as keyof typeof before]])),
      after: fields,
    });
    return presentMeetingDetail(tx, ctx, row);
  });
}

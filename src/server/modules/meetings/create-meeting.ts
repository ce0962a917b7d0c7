import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canManageMeetings } from './meetings.policy';
import { insertMeeting } from './meetings.repository';
import type { TCreateMeetingBody, TMeetingDetail } from './meetings.schemas';
import { presentMeetingDetail } from './present-meeting';

/** The office prepares a weekly project meeting (周六例会): title, day, place, chair, attendees. */
export async function createMeeting(ctx: AuthedContext, body: TCreateMeetingBody): Promise<TMeetingDetail> {
  assertCan(canManageMeetings(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await insertMeeting(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      title: body.title,
      heldOn: body.heldOn,
      location: body.location,
      chair: body.chair,
      attendees: body.attendees,
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'meeting.created',
      entityType: 'meeting',
      entityId: row.id,
      after: { title: row.title, heldOn: row.heldOn, location: row.location, chair: row.chair },
    });
    return presentMeetingDetail(tx, ctx, row);
  });
}

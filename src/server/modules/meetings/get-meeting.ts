import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { meetingOr404 } from './meeting-or-404';
import { canReadMeetings } from './meetings.policy';
import type { TMeetingDetail } from './meetings.schemas';
import { presentMeetingDetail } from './present-meeting';

/** The meeting with its agenda (each item with its facts for the projector) and its decisions. */
export async function getMeeting(ctx: AuthedContext, id: string): Promise<TMeetingDetail> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => presentMeetingDetail(tx, ctx, await meetingOr404(tx, id)));
}

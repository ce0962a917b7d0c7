import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { meetingOr404 } from './meeting-or-404';
import { canReadMeetings } from './meetings.policy';
import { decisionsOfMeeting } from './meetings.repository';
import type { TMeetingDecisionList } from './meetings.schemas';
import { presentDecisions } from './present-meeting';

/** The meeting's decisions (议定事项) with their tasks. */
export async function listMeetingDecisions(ctx: AuthedContext, id: string): Promise<TMeetingDecisionList> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await meetingOr404(tx, id);
    return { items: await presentDecisions(tx, await decisionsOfMeeting(tx, id)) };
  });
}

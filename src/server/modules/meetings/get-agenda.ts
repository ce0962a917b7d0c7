import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { meetingOr404 } from './meeting-or-404';
import { canReadMeetings } from './meetings.policy';
import { decisionsOfMeeting } from './meetings.repository';
import type { TAgenda } from './meetings.schemas';
import { presentAgenda } from './present-meeting';

/** The agenda alone, in order, with facts. */
export async function getAgenda(ctx: AuthedContext, id: string): Promise<TAgenda> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await meetingOr404(tx, id);
    return {
      version: row.version,
      items: await presentAgenda(tx, ctx, id, await decisionsOfMeeting(tx, id)),
    };
  });
}

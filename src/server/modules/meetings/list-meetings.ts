import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canManageMeetings, canReadMeetings } from './meetings.policy';
import { listMeetingRows } from './meetings.repository';
import type { TMeetingList } from './meetings.schemas';
import { presentMeetings } from './present-meeting';

/** The district's weekly meetings, newest first. */
export async function listMeetings(ctx: AuthedContext): Promise<TMeetingList> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listMeetingRows(tx);
    return {
      items: await presentMeetings(tx, ctx.actor, rows),
      total: rows.length,
      abilities: { create: canManageMeetings(ctx.actor) },
    };
  });
}

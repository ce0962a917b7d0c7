import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadMeetings } from './meetings.policy';
import { decisionsOfMeeting, findMeeting, type MeetingRow } from './meetings.repository';
import type { TAgenda, TMeetingDecisionList, TMeetingDetail } from './meetings.schemas';
import { presentAgenda, presentDecisions, presentMeetingDetail } from './present-meeting';

/** The meeting of the caller's district, or 404 (row-level security hides other districts'). */
export async function meetingOr404(tx: Executor, id: string): Promise<MeetingRow> {
  const row = await findMeeting(tx, id);
  if (!row) throw notFound();
  return row;
}

/** The meeting with its agenda (each item with its facts for the projector) and its decisions. */
export async function getMeeting(ctx: AuthedContext, id: string): Promise<TMeetingDetail> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => presentMeetingDetail(tx, ctx, await meetingOr404(tx, id)));
}

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

/** The meeting's decisions (议定事项) with their tasks. */
export async function listMeetingDecisions(ctx: AuthedContext, id: string): Promise<TMeetingDecisionList> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await meetingOr404(tx, id);
    return { items: await presentDecisions(tx, await decisionsOfMeeting(tx, id)) };
  });
}

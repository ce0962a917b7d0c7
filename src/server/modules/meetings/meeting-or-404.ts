import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { findMeeting, type MeetingRow } from './meetings.repository';

/** The meeting of the caller's district, or 404 (row-level security hides other districts'). */
export async function meetingOr404(tx: Executor, id: string): Promise<MeetingRow> {
  const row = await findMeeting(tx, id);
  if (!row) throw notFound();
  return row;
}

import { toAbilities } from '../../../domain/abilities';
import { meetingVerdicts } from '../../../domain/meetings';
import type { AbilityActor } from '../../../domain/abilities';
import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { loadSettings } from '../settings/settings.repository';
import { loadAgendaFacts } from './agenda-facts';
import {
  countsOfMeetings,
  decisionsOfMeeting,
  itemsOfMeeting,
  namesOf,
  taskStates,
  type MeetingDecisionRow,
  type MeetingRow,
} from './meetings.repository';
import type { TAgendaItem, TMeeting, TMeetingDecision, TMeetingDetail } from './meetings.schemas';

/** Rows → the list's shape, with counts and the caller's abilities. */
export async function presentMeetings(
  tx: Executor,
  actor: AbilityActor,
  rows: MeetingRow[],
): Promise<TMeeting[]> {
  const counts = await countsOfMeetings(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    heldOn: r.heldOn,
    location: r.location,
    chair: r.chair,
    attendees: r.attendees,
    status: r.status,
    minutesNumber: r.minutesNumber,
    decisionId: r.decisionId,
    itemCount: counts.items.get(r.id) ?? 0,
    decisionCount: counts.decisions.get(r.id) ?? 0,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    abilities: toAbilities(meetingVerdicts(actor, r)),
  }));
}

export async function presentDecisions(
  tx: Executor,
  rows: MeetingDecisionRow[],
): Promise<TMeetingDecision[]> {
  const names = await namesOf(
    tx,
    [...new Set(rows.flatMap((d) => [d.leadUnitId, ...d.coUnitIds]))],
    [...new Set(rows.map((d) => d.leaderId).filter((x): x is string => x !== null))],
  );
  const tasks = await taskStates(
    tx,
    rows.map((d) => d.taskId).filter((x): x is string => x !== null),
  );
  return rows.map((d) => ({
    id: d.id,
    itemId: d.itemId,
    blockerId: d.blockerId,
    projectId: d.projectId,
    content: d.content,
    leadUnitId: d.leadUnitId,
    leadUnitName: names.units.get(d.leadUnitId) ?? null,
    coUnitIds: d.coUnitIds,
    coUnitNames: d.coUnitIds.map((u) => names.units.get(u) ?? ''),
    leaderId: d.leaderId,
    leaderName: d.leaderId ? (names.users.get(d.leaderId) ?? null) : null,
    dueDate: d.dueDate,
    taskId: d.taskId,
    taskCode: d.taskId ? (tasks.get(d.taskId)?.code ?? null) : null,
    taskStatus: d.taskId ? (tasks.get(d.taskId)?.status ?? null) : null,
    position: d.position,
    createdAt: iso(d.createdAt),
  }));
}

/** The agenda in order, each item with its facts as of today. */
export async function presentAgenda(
  tx: Executor,
  ctx: AuthedContext,
  meetingId: string,
  decisions: MeetingDecisionRow[],
): Promise<TAgendaItem[]> {
  const items = await itemsOfMeeting(tx, meetingId);
  const settings = await loadSettings(tx, ctx.actor.tenantId);
  const facts = await loadAgendaFacts(tx, items, shanghaiDate(ctx.clock.now()), settings);
  const decided = new Set(decisions.map((d) => d.itemId));
  return items.map((i) => ({
    id: i.id,
    position: i.position,
    kind: i.kind,
    title: i.title,
    notes: i.notes,
    blockerId: i.blockerId,
    projectId: i.projectId,
    jointReviewId: i.jointReviewId,
    carriedDecisionId: i.carriedDecisionId,
    decided: decided.has(i.id),
    facts: facts.get(i.id) as TAgendaItem['facts'],
  }));
}

/** The meeting with its agenda (and facts) and decisions. */
export async function presentMeetingDetail(
  tx: Executor,
  ctx: AuthedContext,
  row: MeetingRow,
): Promise<TMeetingDetail> {
  const [meeting] = await presentMeetings(tx, ctx.actor, [row]);
  const decisionRows = await decisionsOfMeeting(tx, row.id);
  return {
    ...(meeting as TMeeting),
    agenda: await presentAgenda(tx, ctx, row.id, decisionRows),
    decisions: await presentDecisions(tx, decisionRows),
  };
}

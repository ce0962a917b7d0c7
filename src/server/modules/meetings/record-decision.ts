import { uuidv7 } from 'uuidv7';
import { decisionProblem, meetingVerdicts } from '../../../domain/meetings';
import { codePrefixByKind, formatTaskCode } from '../../../domain/task-code';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { lockRow } from '../../db/row-lock';
import { meetings } from '../../db/schema';
import { fieldError } from '../../errors';
import { notifyUsers, unitsUserIds, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { nextTaskPosition } from '../decisions/decisions.repository';
import { activeLeaderIds } from '../projects/projects.repository';
import { activeUnitIds, insertTasks, reserveTaskCodes } from '../tasks/tasks.repository';
import { meetingOr404 } from './meeting-or-404';
import { canManageMeetings } from './meetings.policy';
import {
  attachDecisionToBlocker,
  decisionsOfMeeting,
  findBlocker,
  insertDecisionDocument,
  insertMeetingDecision,
  itemsOfMeeting,
  setMeetingDecisionId,
  type MeetingRow,
} from './meetings.repository';
import type { TDecisionBody, TMeetingDecision } from './meetings.schemas';
import { presentDecisions } from './present-meeting';

async function assertPeople(tx: Executor, body: TDecisionBody): Promise<void> {
  const active = await activeUnitIds(tx, [body.leadUnitId, ...body.coUnitIds]);
  if (!active.has(body.leadUnitId))
    throw fieldError('VALIDATION_FAILED', 'leadUnitId', '牵头单位不存在或已停用');
  const unknown = body.coUnitIds.findIndex((u) => !active.has(u));
  if (unknown >= 0) throw fieldError('VALIDATION_FAILED', `coUnitIds.${unknown}`, '配合单位不存在或已停用');
  if (body.leaderId && !(await activeLeaderIds(tx, [body.leaderId])).has(body.leaderId))
    throw fieldError('VALIDATION_FAILED', 'leaderId', '牵头区领导不存在');
}

/** The meeting's decisions row (kind project_meeting, the minutes), made once on the first decision. */
async function minutesDecisionOf(tx: Executor, ctx: AuthedContext, meeting: MeetingRow): Promise<string> {
  if (meeting.decisionId) return meeting.decisionId;
  const id = uuidv7();
  const now = ctx.clock.now();
  await insertDecisionDocument(tx, {
    id,
    tenantId: ctx.actor.tenantId,
    title: `${meeting.title}纪要`.slice(0, 200),
    kind: 'project_meeting',
    date: meeting.heldOn,
    source: 'district_direct',
    publishedAt: now,
    createdAt: now,
    createdBy: ctx.actor.userId,
    updatedAt: now,
    updatedBy: ctx.actor.userId,
  });
  await setMeetingDecisionId(tx, meeting.id, id);
  return id;
}

/**
 * 议定事项: records who does what by when on an agenda item. The decision becomes a PUBLISHED task at once
 * under the meeting's minutes (code 2026-LH-001…), followed like any other; the lead unit, the cooperating
 * units and the leader are told; the item's blocker moves to coordinating with the decision on its history.
 */
export async function recordMeetingDecision(
  ctx: AuthedContext,
  meetingId: string,
  body: TDecisionBody,
): Promise<TMeetingDecision> {
  assertCan(canManageMeetings(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, meetings, meetingId);
    const meeting = await meetingOr404(tx, meetingId);
    assertAbility(meetingVerdicts(ctx.actor, meeting), 'decide', {
      state: '会议纪要已定稿，不能再记录议定事项',
    });
    const problem = decisionProblem(body, meeting.heldOn);
    if (problem)
      throw fieldError(
        'VALIDATION_FAILED',
        problem.field,
        problem.problem === 'before_meeting' ? '完成时限不能早于会议日期' : '请填写此项',
      );
    const item = body.itemId ? (await itemsOfMeeting(tx, meetingId)).find((i) => i.id === body.itemId) : null;
    if (body.itemId && !item) throw fieldError('VALIDATION_FAILED', 'itemId', '议程事项不属于该例会');
    await assertPeople(tx, body);
    const blocker = item?.blockerId ? await findBlocker(tx, item.blockerId) : undefined;
    const decisionId = await minutesDecisionOf(tx, ctx, meeting);
    const year = Number(meeting.heldOn.slice(0, 4));
    const prefix = codePrefixByKind.project_meeting;
    const code = formatTaskCode(
      year,
      prefix,
      await reserveTaskCodes(tx, ctx.actor.tenantId, year, prefix, 1),
    );
    const taskId = uuidv7();
    const coUnitIds = [...new Set(body.coUnitIds)].filter((u) => u !== body.leadUnitId);
    await insertTasks(tx, [
      {
        id: taskId,
        tenantId: ctx.actor.tenantId,
        decisionId,
        code,
        title: body.content.length > 200 ? `${body.content.slice(0, 199)}…` : body.content,
        content: body.content,
        // The analysis groups tasks by category: a meeting's decisions are one group of their own.
        category: '项目例会议定事项',
        source: 'district_direct',
        leadUnitId: body.leadUnitId,
        coUnitIds,
        leadLeaderId: body.leaderId ?? null,
        startDate: meeting.heldOn,
        dueDate: body.dueDate,
        originalDueDate: body.dueDate,
        status: 'published',
        isKey: true,
        position: await nextTaskPosition(tx, decisionId),
        edited: true,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      },
    ]);
    const row = await insertMeetingDecision(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      meetingId,
      itemId: item?.id ?? null,
      blockerId: blocker?.id ?? null,
      projectId: item?.projectId ?? blocker?.projectId ?? null,
      content: body.content,
      leadUnitId: body.leadUnitId,
      coUnitIds,
      leaderId: body.leaderId ?? null,
      dueDate: body.dueDate,
      taskId,
      position: (await decisionsOfMeeting(tx, meetingId)).length,
      createdAt: now,
      createdBy: ctx.actor.userId,
    });
    const moved = blocker
      ? await attachDecisionToBlocker(tx, {
          blockerId: blocker.id,
          tenantId: ctx.actor.tenantId,
          eventId: uuidv7(),
          meetingDecisionId: row.id,
          actorId: ctx.actor.userId,
          at: now,
          reason: `${meeting.title}议定：${body.content}`.slice(0, 2000),
        })
      : null;
    const recipients = [
      ...(await unitUserIds(tx, body.leadUnitId)),
      ...(await unitsUserIds(tx, coUnitIds)),
      ...(body.leaderId ? [body.leaderId] : []),
    ];
    await notifyUsers(tx, recipients, {
      tenantId: ctx.actor.tenantId,
      kind: 'meeting_decision',
      title: `例会议定事项：${code} ${body.content}`.slice(0, 200),
      body: `${meeting.title}（${meeting.heldOn}）议定，请于 ${body.dueDate} 前完成，并及时签收、报送进展。`,
      entityType: 'task',
      entityId: taskId,
      dedupeKey: `meeting-decision:${row.id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.published',
      entityType: 'task',
      entityId: taskId,
      after: { code, title: body.content, leadUnitId: body.leadUnitId, dueDate: body.dueDate, meetingId },
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'meeting.decision_recorded',
      entityType: 'meeting',
      entityId: meetingId,
      after: {
        decisionId: row.id,
        itemId: row.itemId,
        content: row.content,
        leadUnitId: row.leadUnitId,
        coUnitIds,
        leaderId: row.leaderId,
        dueDate: row.dueDate,
        taskId,
        taskCode: code,
        blocker: blocker && moved ? { id: blocker.id, from: moved.from, to: moved.to } : null,
      },
    });
    return (await presentDecisions(tx, [row]))[0] as TMeetingDecision;
  });
}

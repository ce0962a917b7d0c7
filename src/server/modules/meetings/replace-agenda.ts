import { uuidv7 } from 'uuidv7';
import { meetingVerdicts } from '../../../domain/meetings';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { meetingOr404 } from './meeting-or-404';
import { canManageMeetings } from './meetings.policy';
import {
  decisionsOfMeeting,
  deleteItems,
  insertItems,
  itemsOfMeeting,
  setItemPosition,
  updateMeetingVersioned,
} from './meetings.repository';
import type { TAgendaBody, TMeetingDetail } from './meetings.schemas';
import { presentMeetingDetail } from './present-meeting';

/**
 * 调整议程: the agenda in the office's order. Existing items by id (their notes may change), new free items by
 * title; items left out are removed — but an item already decided on cannot be (409).
 */
export async function replaceAgenda(
  ctx: AuthedContext,
  id: string,
  body: TAgendaBody,
): Promise<TMeetingDetail> {
  assertCan(canManageMeetings(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const meeting = await meetingOr404(tx, id);
    assertAbility(meetingVerdicts(ctx.actor, meeting), 'editAgenda', {
      state: '会议纪要已定稿，不能调整议程',
    });
    if (body.version !== meeting.version) throw await versionConflict(tx, meeting);
    const items = await itemsOfMeeting(tx, id);
    const known = new Set(items.map((i) => i.id));
    const listed = new Set<string>();
    for (const [n, item] of body.items.entries()) {
      if (!('id' in item)) continue;
      if (!known.has(item.id)) throw fieldError('VALIDATION_FAILED', `items.${n}.id`, '议程事项不属于该例会');
      if (listed.has(item.id)) throw fieldError('VALIDATION_FAILED', `items.${n}.id`, '议程事项重复');
      listed.add(item.id);
    }
    const decided = new Set((await decisionsOfMeeting(tx, id)).map((d) => d.itemId));
    const dropped = items.filter((i) => !listed.has(i.id));
    const lockedDrop = dropped.find((i) => decided.has(i.id));
    if (lockedDrop)
      throw new AppError('INVALID_TRANSITION', {
        message: '已形成议定事项的议程不能删除',
        details: { itemId: lockedDrop.id },
      });
    await deleteItems(
      tx,
      dropped.map((i) => i.id),
    );
    const fresh = [];
    for (const [position, item] of body.items.entries()) {
      if ('id' in item) await setItemPosition(tx, item.id, position, item.notes);
      else
        fresh.push({
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          meetingId: id,
          position,
          kind: 'other' as const,
          title: item.title,
          notes: item.notes,
          createdAt: now,
        });
    }
    await insertItems(tx, fresh);
    const row = await updateMeetingVersioned(tx, id, meeting.version, {
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, meeting);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'meeting.agenda_changed',
      entityType: 'meeting',
      entityId: id,
      before: { items: items.map((i) => i.title) },
      after: {
        items: body.items.map((i) =>
          'id' in i ? (items.find((x) => x.id === i.id)?.title ?? i.id) : i.title,
        ),
      },
    });
    return presentMeetingDetail(tx, ctx, row);
  });
}

import { uuidv7 } from 'uuidv7';
import { draftAgenda, isReplaceableDraftItem, mergeDraft } from '../../../domain/meetings';
import { meetingVerdicts } from '../../../domain/meetings';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { loadProjectBundles } from '../projects/project-bundles';
import { listProjectRows } from '../projects/projects.repository';
import { loadSettings } from '../settings/settings.repository';
import { meetingOr404 } from './meeting-or-404';
import { canManageMeetings } from './meetings.policy';
import {
  carriedDecisionSources,
  decisionsOfMeeting,
  deleteItems,
  insertItems,
  itemsOfMeeting,
  meetingBlockerSources,
  overdueReviewSources,
  setItemPosition,
  updateMeetingVersioned,
  type MeetingRow,
} from './meetings.repository';
import type { TDraftAgendaBody, TMeetingDetail } from './meetings.schemas';
import { presentMeetingDetail } from './present-meeting';

/** Red projects of the district today (the projects module's light function). */
async function redProjects(tx: Executor, ctx: AuthedContext) {
  const settings = await loadSettings(tx, ctx.actor.tenantId);
  const rows = await listProjectRows(tx, null, {});
  const bundles = await loadProjectBundles(tx, rows, shanghaiDate(ctx.clock.now()), settings);
  return bundles
    .filter((b) => b.light.light === 'red')
    .map((b) => ({ id: b.row.id, code: b.row.code, name: b.row.name }));
}

/**
 * 生成议程: drafts the agenda from last meetings' open decisions, blockers escalated to the meeting, red
 * projects and overdue joint reviews (src/domain/meetings.ts), replacing the items of the earlier draft that
 * were not decided on; decided items and items added by hand stay first, in their order.
 */
export async function draftMeetingAgenda(
  ctx: AuthedContext,
  id: string,
  body: TDraftAgendaBody,
): Promise<TMeetingDetail> {
  assertCan(canManageMeetings(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const meeting: MeetingRow = await meetingOr404(tx, id);
    assertAbility(meetingVerdicts(ctx.actor, meeting), 'draftAgenda', {
      state: '例会已召开，不能重新生成议程',
    });
    if (body.version !== meeting.version) throw await versionConflict(tx, meeting);
    const draft = draftAgenda({
      carried: await carriedDecisionSources(tx, meeting.heldOn),
      blockers: await meetingBlockerSources(tx),
      redProjects: await redProjects(tx, ctx),
      overdueReviews: await overdueReviewSources(tx, meeting.heldOn),
    });
    const items = await itemsOfMeeting(tx, id);
    const decided = new Set((await decisionsOfMeeting(tx, id)).map((d) => d.itemId));
    const kept = items.filter((i) => !isReplaceableDraftItem(i, decided.has(i.id)));
    await deleteItems(
      tx,
      items.filter((i) => isReplaceableDraftItem(i, decided.has(i.id))).map((i) => i.id),
    );
    const merged = mergeDraft(kept, draft);
    const fresh = [];
    for (const [position, item] of merged.entries()) {
      if ('id' in item) await setItemPosition(tx, item.id, position);
      else
        fresh.push({
          ...item,
          id: uuidv7(),
          tenantId: ctx.actor.tenantId,
          meetingId: id,
          position,
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
      action: 'meeting.agenda_drafted',
      entityType: 'meeting',
      entityId: id,
      before: { items: items.length },
      after: { items: merged.map((i) => `${i.kind} ${i.title}`) },
    });
    return presentMeetingDetail(tx, ctx, row);
  });
}

import { uuidv7 } from 'uuidv7';
import type { AuditAction } from '../../../domain/audit-events';
import type { BlockerEventKind, BlockerLevel } from '../../../domain/vocabulary';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { notifyUsers, supervisorIds, unitUserIds } from '../../notify/notify.repository';
import { versionConflict } from '../../versioning';
import { insertEvent, insertStepOnce, updateBlockerVersioned, type BlockerRow } from './blockers.repository';

/** Who hears of a transition: a unit's people, some users, or the office. */
export type Audience = { unitId: string } | { userIds: string[] } | 'office';

export async function audienceIds(tx: Executor, audience: Audience): Promise<string[]> {
  if (audience === 'office') return supervisorIds(tx);
  if ('unitId' in audience) return unitUserIds(tx, audience.unitId);
  return audience.userIds;
}

export interface Transition {
  set: Partial<BlockerRow>;
  event: { kind: BlockerEventKind; fromLevel?: BlockerLevel; toLevel?: BlockerLevel; reason?: string | null };
  action: AuditAction;
  notice?: { audience: Audience; kind: string; title: string; body: string };
}

/**
 * A person's transition of a blocker holding `version`: the row (version + 1), its history event (a ladder
 * step at most once: a second attempt is 409), the notice and the audit, in the caller's transaction.
 */
export async function saveTransition(
  tx: Executor,
  ctx: AuthedContext,
  row: BlockerRow,
  version: number,
  t: Transition,
): Promise<BlockerRow> {
  if (version !== row.version) throw await versionConflict(tx, row);
  const now = ctx.clock.now();
  const event = {
    id: uuidv7(),
    tenantId: ctx.actor.tenantId,
    blockerId: row.id,
    kind: t.event.kind,
    fromLevel: t.event.fromLevel ?? null,
    toLevel: t.event.toLevel ?? null,
    reason: t.event.reason ?? null,
    actorId: ctx.actor.userId,
    at: now,
  };
  if (t.event.kind === 'escalated' || t.event.kind === 'escalated_early') {
    if (!(await insertStepOnce(tx, event)))
      throw new AppError('INVALID_TRANSITION', { message: '该堵点已上交到这一级' });
  } else await insertEvent(tx, event);
  const updated = await updateBlockerVersioned(tx, row.id, version, {
    ...t.set,
    updatedAt: now,
    updatedBy: ctx.actor.userId,
  });
  if (!updated) throw await versionConflict(tx, row);
  if (t.notice)
    await notifyUsers(tx, await audienceIds(tx, t.notice.audience), {
      tenantId: ctx.actor.tenantId,
      kind: t.notice.kind,
      title: t.notice.title,
      body: t.notice.body,
      entityType: 'blocker',
      entityId: row.id,
      dedupeKey: `blocker:${row.id}:${updated.version}`,
      at: now,
    });
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: t.action,
    entityType: 'blocker',
    entityId: row.id,
    before: { status: row.status, level: row.level, version: row.version },
    after: { status: updated.status, level: updated.level, reason: t.event.reason ?? null },
  });
  return updated;
}

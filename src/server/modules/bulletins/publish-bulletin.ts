import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { bulletinTitle } from '../../documents/bulletin-docx';
import { AppError, notFound } from '../../errors';
import { notifyUsers } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { allUnitUserIds, markPublished } from './bulletin-remarks.repository';
import { renderWithRemarks } from './bulletin-remarks-render';
import { canManageBulletins } from './bulletins.policy';
import { findBulletin } from './bulletins.repository';

/**
 * 印发: the office publishes a draft bulletin. Its document is rendered a last time with its remarks, it goes
 * to the inbox of every unit user (and by e-mail and webhook through the outbox), and every unit may read it.
 * Its criticisms and praise become assessment facts, in place of those of an earlier version of the period.
 */
export async function publishBulletin(ctx: AuthedContext, bulletinId: string): Promise<{ id: string }> {
  assertCan(canManageBulletins(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const bulletin = await findBulletin(tx, bulletinId);
    if (!bulletin) throw notFound();
    const { data, document } = await renderWithRemarks(tx, bulletin);
    const published = await markPublished(tx, bulletin.id, {
      publishedAt: now,
      publishedBy: ctx.actor.userId,
      data,
      document,
    });
    if (!published) throw new AppError('INVALID_TRANSITION', { message: '该通报已印发' });
    const title = bulletinTitle(data);
    const correction = bulletin.version > 1 ? `（第${bulletin.version}版，更正）` : '';
    const recipients = await allUnitUserIds(tx);
    await notifyUsers(tx, recipients, {
      tenantId: ctx.actor.tenantId,
      kind: 'bulletin_published',
      title: `督查通报：${title}${correction}`,
      body:
        (data.remarks?.criticism.length ?? 0) + (data.remarks?.praise.length ?? 0) > 0
          ? '本期通报点名表扬和批评了有关单位，请认真阅读。'
          : '请认真阅读本期通报。',
      entityType: 'bulletin',
      entityId: bulletin.id,
      dedupeKey: `bulletin-published:${bulletin.id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'bulletin.published',
      entityType: 'bulletin',
      entityId: bulletin.id,
      before: { status: 'draft' },
      after: {
        status: 'published',
        period: bulletin.period,
        version: bulletin.version,
        praise: data.remarks?.praise.length ?? 0,
        criticism: data.remarks?.criticism.length ?? 0,
        recipients: recipients.length,
      },
    });
    return { id: bulletin.id };
  });
}

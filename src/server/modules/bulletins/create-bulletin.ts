import { z } from 'zod';
import { uuidv7 } from 'uuidv7';
import { canManageBulletins } from './bulletins.policy';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { buildBulletinDocx, bulletinTitle } from '../../documents/bulletin-docx';
import { AppError } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { computeBulletinData } from './compute-bulletin';
import { insertBulletin, issueNumberFor, lastBulletinVersion, lockBulletins } from './bulletins.repository';
import { ZCreateBulletinBody } from './bulletins.schemas';
import { hasRemarks } from '../../documents/bulletin-remarks-docx';
import { saveDraftRendering } from './bulletin-remarks.repository';
import { copyRemarksFromPrevious, withRemarks } from './bulletin-remarks-render';
import { bulletinAbilities } from './present-bulletin-remarks';

/**
 * 每月通报: computes the month's figures as of its last day and renders the official Word document; both
 * are kept as a snapshot. Generating a period again adds a version and never rewrites the old one.
 */
export async function createBulletin(ctx: AuthedContext, input: z.infer<typeof ZCreateBulletinBody>) {
  assertCan(canManageBulletins(ctx.actor));
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  if (`${input.period}-01` > today)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'period', message: '不能为尚未开始的月份生成通报' }] },
    });
  return tenantTx(ctx, async (tx) => {
    await lockBulletins(tx, ctx.actor.tenantId);
    const issue = await issueNumberFor(tx, ctx.actor.tenantId, input.period, Number(today.slice(0, 4)), now);
    const computed = await computeBulletinData(tx, ctx.actor.tenantId, input.period, {
      issuingOffice: input.issuingOffice,
      issuedDate: today,
    });
    const data = { ...computed, issueNumber: issue.number };
    const document = await buildBulletinDocx(data);
    const version = ((await lastBulletinVersion(tx, input.period)) ?? 0) + 1;
    const id = uuidv7();
    await insertBulletin(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      period: input.period,
      version,
      asOf: data.asOf,
      data,
      document,
      createdBy: ctx.actor.userId,
      createdAt: now,
    });
    // Issue 16: a draft until published; a correction starts with the remarks of the version before it.
    await copyRemarksFromPrevious(
      tx,
      { id, tenantId: ctx.actor.tenantId, period: input.period, version },
      ctx.actor.userId,
      now,
    );
    // The document is rendered again only when remarks were copied: a district's bulletin takes ~1 s to render.
    const withCopied = await withRemarks(tx, { id, data });
    if (withCopied.remarks && hasRemarks(withCopied.remarks))
      await saveDraftRendering(tx, id, withCopied, await buildBulletinDocx(withCopied));
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'bulletin.generated',
      entityType: 'bulletin',
      entityId: id,
      after: {
        period: input.period,
        version,
        issueNumber: issue.number,
        red: data.overall.red,
        yellow: data.overall.yellow,
      },
    });
    return {
      id,
      period: input.period,
      version,
      issueNumber: issue.number,
      issueYear: issue.year,
      asOf: data.asOf,
      title: bulletinTitle(data),
      createdAt: iso(now),
      data: withCopied,
      status: 'draft' as const,
      publishedAt: null,
      isPublic: false,
      abilities: bulletinAbilities(ctx.actor, 'draft'),
    };
  });
}

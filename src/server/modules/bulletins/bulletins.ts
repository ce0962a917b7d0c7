import { z } from 'zod';
import { uuidv7 } from 'uuidv7';
import { canManageBulletins, canReadBulletins } from './bulletins.policy';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { buildBulletinDocx, bulletinTitle, type BulletinData } from '../../documents/bulletin-docx';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { computeBulletinData } from './compute-bulletin';
import { findBulletin, insertBulletin, issueNumberFor, lastBulletinVersion, listBulletinRows, lockBulletins } from './bulletins.repository';

export const ZCreateBulletinBody = z.strictObject({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '期间格式应为 2024-07'),
  issuingOffice: z.string().trim().min(1).max(100).optional(),
});
export const ZBulletin = z.object({
  id: z.string(),
  period: z.string(),
  version: z.number().int(),
  /** 督查通报 第X期: the period's number within the year it was first generated in. */
  issueNumber: z.number().int().nullable(),
  issueYear: z.number().int().nullable(),
  asOf: z.string(),
  title: z.string(),
  createdAt: z.string(),
  data: z.unknown(),
});

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
      data,
    };
  });
}

export async function listBulletins(ctx: AuthedContext) {
  assertCan(canReadBulletins(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listBulletinRows(tx);
    return rows.map((r) => ({
      ...r,
      title: bulletinTitle(r.data as BulletinData),
      createdAt: iso(r.createdAt),
    }));
  });
}

export async function bulletinDocument(
  ctx: AuthedContext,
  id: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(canReadBulletins(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findBulletin(tx, id);
    if (!row) throw notFound();
    return {
      fileName: `${bulletinTitle(row.data as BulletinData)}（第${row.version}版）.docx`,
      bytes: row.document,
    };
  });
}

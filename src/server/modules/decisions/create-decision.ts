import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canManageDecisions } from './decisions.policy';
import { findDecision, findSameDecision, insertDecision, insertFile } from './decisions.repository';
import type { TCreateDecisionBody, TDecisionDetail } from './decisions.schemas';
import { decisionAuditFields } from './present-decision';
import { getDecision } from './get-decision';

export interface UploadedFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** Records a decision (会议或文件) with its text; an uploaded file is kept as it came, never lost. */
export async function createDecision(
  ctx: AuthedContext,
  input: TCreateDecisionBody,
  file?: UploadedFile,
): Promise<TDecisionDetail> {
  assertCan(canManageDecisions(ctx.actor));
  const now = ctx.clock.now();
  const id = uuidv7();
  await tenantTx(ctx, async (tx) => {
    // The same title on the same date is almost always a second click or a second upload: ask first.
    if (!input.confirmDuplicate) {
      const same = await findSameDecision(tx, input.title, input.date);
      if (same)
        throw new AppError('DUPLICATE_DECISION', {
          details: { decisionId: same.id, fields: [{ path: 'title', message: '同一日期已有同名决策部署' }] },
        });
    }
    let fileId: string | null = null;
    if (file) {
      fileId = uuidv7();
      await insertFile(tx, {
        id: fileId,
        tenantId: ctx.actor.tenantId,
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        content: file.bytes,
        createdAt: now,
        createdBy: ctx.actor.userId,
      });
    }
    await insertDecision(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      title: input.title,
      kind: input.kind,
      date: input.date,
      source: input.source,
      text: input.text ?? null,
      fileId,
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    const row = await findDecision(tx, id);
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.created',
      entityType: 'decision',
      entityId: id,
      after: {
        ...decisionAuditFields(row),
        ...(file ? { fileName: file.fileName, fileSize: file.bytes.length } : {}),
      },
    });
  });
  return getDecision(ctx, id);
}

import type { AuthedContext } from '../../context';
import { parsePool } from '../../documents/parse-pool';
import type { Upload } from '../../documents/read-upload';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { createDecision } from './create-decision';
import { canManageDecisions } from './decisions.policy';
import { ZCreateDecisionBody, type TDecisionDetail } from './decisions.schemas';

/**
 * A decision from an uploaded .docx/.txt with its form fields. The upload is read only after the permission
 * check (`read` is called then), so a user who may not create decisions never makes the server take a file.
 */
export async function createDecisionFromUpload(
  ctx: AuthedContext,
  read: () => Promise<Upload>,
): Promise<TDecisionDetail> {
  assertCan(canManageDecisions(ctx.actor));
  const upload = await read();
  // Unpacked and read in a worker thread, within its memory and time limits.
  const document = await parsePool(ctx.config.parsing).run({ kind: 'document', bytes: upload.bytes });
  const parsed = ZCreateDecisionBody.safeParse({ ...upload.fields, text: document.text });
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      details: {
        fields: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  return createDecision(ctx, parsed.data, {
    fileName: upload.fileName,
    mediaType: document.mediaType,
    bytes: upload.bytes,
  });
}

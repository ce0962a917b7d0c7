import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { duplicateWindowDays, likelyOriginal } from '../../../domain/feedback-duplicates';
import { receiptFromBytes } from '../../../domain/public-feedback';
import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import { withTenantTx } from '../../db/tx';
import { AppError } from '../../errors';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { notifyUsers, supervisorIds } from '../../notify/notify.repository';
import { insertFeedback, recentFeedback } from './feedback.repository';
import type { TFeedbackReceipt, TSubmitFeedbackBody } from './feedback.schemas';
import { publicSubjects } from './public-subjects';

/** Only a hash of the receipt is kept: a stolen database cannot look answers up. */
export function receiptHash(receipt: string): string {
  return createHash('sha256').update(receipt).digest('hex');
}

/**
 * 社情民意: a resident's message, no login. It must be about a task or project the district shows publicly
 * (by its code), or general. Stored as pending with the contact sealed; the receipt code is returned once.
 * A message that repeats an earlier one of the last weeks is marked as its likely duplicate; the office is told
 * of every other one in its inbox (a copy would only repeat the notice). Null for an unknown district.
 */
export async function submitFeedback(
  deps: AppDeps,
  slug: string,
  input: TSubmitFeedbackBody,
): Promise<TFeedbackReceipt | null> {
  const district = await findPublicDistrict(deps, slug);
  if (!district) return null;
  const now = deps.clock.now();
  return withTenantTx(deps.db, { tenantId: district.id, userId: null }, async (tx) => {
    let subject: { taskId: string | null; projectId: string | null; label: string } = {
      taskId: null,
      projectId: null,
      label: '综合',
    };
    if (input.subject !== 'general') {
      const subjects = await publicSubjects(tx, district.id);
      const list = input.subject === 'task' ? subjects.tasks : subjects.projects;
      const found = list.find((s) => s.key === input.about);
      if (!found)
        throw new AppError('VALIDATION_FAILED', {
          details: { fields: [{ path: 'about', message: '请选择公开的任务或项目' }] },
        });
      subject = {
        taskId: input.subject === 'task' ? found.id : null,
        projectId: input.subject === 'project' ? found.id : null,
        label: `${input.subject === 'task' ? '任务' : '项目'} ${found.label}`,
      };
    }
    const receipt = receiptFromBytes(randomBytes(16));
    const id = uuidv7();
    const since = new Date(now.getTime() - duplicateWindowDays * 86_400_000);
    const duplicateOf = likelyOriginal(input.message, await recentFeedback(tx, since));
    await insertFeedback(tx, {
      id,
      tenantId: district.id,
      receiptHash: receiptHash(receipt),
      subject: input.subject,
      taskId: subject.taskId,
      projectId: subject.projectId,
      subjectLabel: subject.label,
      message: input.message,
      contact: input.contact ? input.contact : null,
      status: 'pending',
      receivedAt: now,
      duplicateOf,
      updatedAt: now,
    });
    if (!duplicateOf)
      await notifyUsers(tx, await supervisorIds(tx), {
        tenantId: district.id,
        kind: 'feedback_received',
        title: `社情民意：${subject.label}`,
        body: input.message.length > 80 ? `${input.message.slice(0, 80)}…` : input.message,
        entityType: 'feedback',
        entityId: id,
        dedupeKey: `feedback:${id}`,
        at: now,
      });
    return { receipt, status: 'pending' as const, receivedOn: shanghaiDate(now) };
  });
}

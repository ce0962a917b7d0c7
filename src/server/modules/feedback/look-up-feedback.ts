import { normaliseReceipt } from '../../../domain/public-feedback';
import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import { withTenantTx } from '../../db/tx';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { findFeedbackByReceipt } from './feedback.repository';
import type { TFeedbackStatus } from './feedback.schemas';
import { receiptHash } from './submit-feedback';

/**
 * What the holder of a receipt may see of the message: its status, the answer or the reason it was closed,
 * and whether a case was opened — never the message text or the contact. Null when there is no such
 * receipt in this district (or no such district).
 */
export async function lookUpFeedback(
  deps: AppDeps,
  slug: string,
  typed: string,
): Promise<TFeedbackStatus | null> {
  const receipt = normaliseReceipt(typed);
  if (!receipt) return null;
  const district = await findPublicDistrict(deps, slug);
  if (!district) return null;
  const row = await withTenantTx(deps.db, { tenantId: district.id, userId: null }, (tx) =>
    findFeedbackByReceipt(tx, receiptHash(receipt)),
  );
  if (!row) return null;
  return {
    status: row.status,
    about: row.subjectLabel,
    receivedOn: shanghaiDate(row.receivedAt),
    caseOpened: row.caseId !== null,
    answer: row.status === 'answered' ? row.answer : null,
    closeReason: row.status === 'closed' ? row.closeReason : null,
    decidedOn: row.decidedAt ? shanghaiDate(row.decidedAt) : null,
  };
}

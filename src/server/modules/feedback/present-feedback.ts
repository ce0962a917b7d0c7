import { feedbackAbilities } from '../../../domain/abilities';
import { redactPersonalData } from '../../../domain/public-feedback';
import type { Actor } from '../../context';
import { iso } from '../../http';
import type { FeedbackRow } from './feedback.repository';
import { canSeeFeedbackContact } from './feedback.policy';
import type { TFeedback } from './feedback.schemas';

/** A message as the office sees it, with what the caller may do with it; the contact for the office only. */
export function presentFeedback(actor: Actor, row: FeedbackRow, decidedByName: string | null): TFeedback {
  return {
    id: row.id,
    subject: row.subject,
    about: row.subjectLabel,
    taskId: row.taskId,
    projectId: row.projectId,
    message: row.message,
    contact: canSeeFeedbackContact(actor) ? row.contact : null,
    status: row.status,
    caseId: row.caseId,
    answer: row.answer,
    isPublished: row.isPublished,
    publicMessage: row.publicMessage,
    closeReason: row.closeReason,
    decidedByName,
    decidedAt: iso(row.decidedAt),
    receivedAt: iso(row.receivedAt),
    duplicateOf: row.duplicateOf,
    suggestedPublicMessage: redactPersonalData(row.message),
    abilities: feedbackAbilities(actor, row),
    version: row.version,
  };
}

import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export function canUploadAttachments(actor: Actor): boolean {
  return hasPermission(actor.roles, 'attachments:upload');
}

export function canReadAttachments(actor: Actor): boolean {
  return hasPermission(actor.roles, 'attachments:read');
}

/** What decides whether one may see an attachment: who sent it for which unit, and whether its owner is visible. */
export interface AttachmentScope {
  createdBy: string;
  unitId: string | null;
  ownerId: string | null;
}

/**
 * The office and district leaders see every attachment of the district; the uploader and the uploader's unit
 * see their own; anyone who sees the object it is evidence for (`ownerVisible`) sees it too.
 */
export function canSeeAttachment(actor: Actor, a: AttachmentScope, ownerVisible: boolean): boolean {
  if (!canReadAttachments(actor)) return false;
  if (hasPermission(actor.roles, 'tasks:read_all')) return true;
  if (a.createdBy === actor.userId) return true;
  if (actor.unitId !== null && a.unitId === actor.unitId) return true;
  return a.ownerId !== null && ownerVisible;
}

export { attachmentAbilities, attachmentVerdicts } from '../../../domain/abilities';

import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

export function canReadBulletins(actor: Actor): boolean {
  return hasPermission(actor.roles, 'bulletins:read');
}

/** The supervision office composes and issues bulletins. */
export function canManageBulletins(actor: Actor): boolean {
  return hasPermission(actor.roles, 'bulletins:manage');
}

/** Whether a published bulletin has a public version is the office's 公开 decision (disclosure:manage). */
export function canSetBulletinPublic(actor: Actor): boolean {
  return hasPermission(actor.roles, 'disclosure:manage');
}

/**
 * A published bulletin is read by every business user (it goes to every unit); a draft only by the office
 * that composes it. A draft answers 404 to the others, so that its existence does not leak.
 */
export function canSeeBulletin(actor: Actor, bulletin: { status: string }): boolean {
  return canManageBulletins(actor) || (bulletin.status === 'published' && canReadBulletins(actor));
}

import { hasPermission } from '../../../domain/permissions';
import { isSecuritySetting } from '../../../domain/settings';
import type { Actor } from '../../context';

/** Whether the actor may change this key: security keys are the security officer's, the rest the admin's. */
export function canEditSetting(actor: Actor, key: string): boolean {
  return hasPermission(actor.roles, isSecuritySetting(key) ? 'security:manage' : 'settings:manage');
}

/** Either owner of settings may send a patch; each key is then checked with canEditSetting. */
export function canUpdateSettings(actor: Actor): boolean {
  return hasPermission(actor.roles, 'settings:manage') || hasPermission(actor.roles, 'security:manage');
}

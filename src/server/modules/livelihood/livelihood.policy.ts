import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** The office marks a task 民生实事 with the same permission as what is public (公开). */
export function canMarkLivelihood(actor: Actor): boolean {
  return hasPermission(actor.roles, 'disclosure:manage');
}

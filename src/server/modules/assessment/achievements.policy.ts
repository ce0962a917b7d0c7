import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Who sees which declarations: the office and leaders all; a unit head the unit's; anyone else their own. */
export type AchievementScope =
  { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'own'; userId: string };

export function achievementScope(actor: Actor): AchievementScope {
  if (hasPermission(actor.roles, 'assessment:read_all')) return { kind: 'all' };
  if (actor.unitId && actor.roles.includes('unit_head')) return { kind: 'unit', unitId: actor.unitId };
  return { kind: 'own', userId: actor.userId };
}

export function canSeeAchievement(actor: Actor, item: { userId: string; unitId: string }): boolean {
  const scope = achievementScope(actor);
  return (
    scope.kind === 'all' ||
    (scope.kind === 'unit' ? item.unitId === scope.unitId : item.userId === scope.userId)
  );
}

export { achievementAbilities, achievementVerdicts, canDeclareAchievement } from '../../../domain/abilities';

/** The supervision office verifies and rejects (DESIGN.md has no organisation-department role). */
export function canDecideAchievement(actor: Actor): boolean {
  return hasPermission(actor.roles, 'assessment:manage');
}

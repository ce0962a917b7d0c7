import { hasPermission } from '../permissions';
import { assessmentEntryKinds, type AssessmentEntryKind } from '../vocabulary';
import { nextStatus, type AchievementStatus } from '../workflow';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The kinds of assessment entry (满意度, 评价, 加分, 一票否决): the vocabulary's. */
export type EntryKind = AssessmentEntryKind;

/**
 * Who enters what: the office every kind for any unit; a unit head the unit's self-evaluation; a unit user the
 * unit's honours (bonuses, counted once the office has verified them).
 */
export function entryCreateVerdict(
  actor: AbilityActor,
  entry: { kind: EntryKind; unitId: string; party?: string | undefined },
): Verdict {
  if (hasPermission(actor.roles, 'assessment:manage')) return 'yes';
  const ownUnit = isUnitUserOf(actor, [entry.unitId]);
  const selfEvaluation =
    entry.kind === 'evaluation' && entry.party === 'self' && ownUnit && actor.roles.includes('unit_head');
  return verdict(selfEvaluation || (entry.kind === 'bonus' && ownUnit));
}

/** The kinds the actor may enter at all (for the own unit, or any unit for the office), in form order. */
export function entryKindsFor(actor: AbilityActor): EntryKind[] {
  if (hasPermission(actor.roles, 'assessment:manage')) return [...assessmentEntryKinds];
  if (actor.unitId === null) return [];
  const unitId = actor.unitId;
  return (['evaluation', 'bonus'] as const).filter(
    (kind) => entryCreateVerdict(actor, { kind, unitId, party: 'self' }) === 'yes',
  );
}

/** The actions of `entryVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const entryAbilityKeys = ['verify'] as const;

/** An entry: the office verifies one that is not yet verified. */
export function entryVerdicts(actor: AbilityActor, entry: { isVerified: boolean }) {
  return {
    verify: verdict(hasPermission(actor.roles, 'assessment:manage'), !entry.isVerified),
  } satisfies Record<(typeof entryAbilityKeys)[number], Verdict>;
}
export type EntryAbilities = Record<keyof ReturnType<typeof entryVerdicts>, boolean>;

export function entryAbilities(actor: AbilityActor, entry: { isVerified: boolean }): EntryAbilities {
  return toAbilities(entryVerdicts(actor, entry));
}

/** Any business user who belongs to a unit declares achievements for himself (个人政绩申报). */
export function canDeclareAchievement(actor: AbilityActor): boolean {
  return hasPermission(actor.roles, 'achievements:declare') && actor.unitId !== null;
}

/** The actions of `achievementVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const achievementAbilityKeys = ['verify', 'reject'] as const;

/** A declared achievement: the supervision office verifies or rejects it, once, and never its own. */
export function achievementVerdicts(
  actor: AbilityActor,
  item: { status: AchievementStatus; userId: string },
) {
  const decide = hasPermission(actor.roles, 'assessment:manage') && item.userId !== actor.userId;
  return {
    verify: verdict(decide, nextStatus('achievement', item.status, 'verify') !== null),
    reject: verdict(decide, nextStatus('achievement', item.status, 'reject') !== null),
  } satisfies Record<(typeof achievementAbilityKeys)[number], Verdict>;
}
export type AchievementAbilities = Record<keyof ReturnType<typeof achievementVerdicts>, boolean>;

export function achievementAbilities(
  actor: AbilityActor,
  item: { status: AchievementStatus; userId: string },
): AchievementAbilities {
  return toAbilities(achievementVerdicts(actor, item));
}

import { hasPermission } from '../permissions';
import { nextStatus, type RectificationStatus, type SupervisionCaseStatus } from '../workflow';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

export interface CaseFacts {
  status: SupervisionCaseStatus;
  level: string;
  unitIds: readonly string[];
}

/** The actions of `caseVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const caseAbilityKeys = ['answer', 'close', 'sendBack', 'escalate', 'reissue'] as const;

/**
 * A supervision case (督办件): the units it names answer it; the office closes, sends back, escalates
 * (not beyond 挂牌督办, the top level) and reissues it.
 */
export function caseVerdicts(actor: AbilityActor, item: CaseFacts) {
  const manage = hasPermission(actor.roles, 'supervision:manage');
  const can = (action: 'answer' | 'close' | 'send_back' | 'escalate' | 'reissue') =>
    nextStatus('supervisionCase', item.status, action) !== null;
  return {
    answer: verdict(isUnitUserOf(actor, item.unitIds), can('answer')),
    close: verdict(manage, can('close')),
    sendBack: verdict(manage, can('send_back')),
    escalate: verdict(manage, can('escalate') && item.level !== 'listed'),
    reissue: verdict(manage, can('reissue')),
  } satisfies Record<(typeof caseAbilityKeys)[number], Verdict>;
}
export type CaseAbilities = Record<keyof ReturnType<typeof caseVerdicts>, boolean>;

export function caseAbilities(actor: AbilityActor, item: CaseFacts): CaseAbilities {
  return toAbilities(caseVerdicts(actor, item));
}

/** The actions of `rectificationVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const rectificationAbilityKeys = ['submit', 'verify', 'reject'] as const;

/** A rectification (整改): the unit submits it, the office verifies or rejects what was submitted. */
export function rectificationVerdicts(
  actor: AbilityActor,
  item: { status: RectificationStatus; unitId: string },
) {
  const manage = hasPermission(actor.roles, 'supervision:manage');
  const can = (action: 'submit' | 'verify' | 'reject') =>
    nextStatus('rectification', item.status, action) !== null;
  return {
    submit: verdict(isUnitUserOf(actor, [item.unitId]), can('submit')),
    verify: verdict(manage, can('verify')),
    reject: verdict(manage, can('reject')),
  } satisfies Record<(typeof rectificationAbilityKeys)[number], Verdict>;
}
export type RectificationAbilities = Record<keyof ReturnType<typeof rectificationVerdicts>, boolean>;

export function rectificationAbilities(
  actor: AbilityActor,
  item: { status: RectificationStatus; unitId: string },
): RectificationAbilities {
  return toAbilities(rectificationVerdicts(actor, item));
}

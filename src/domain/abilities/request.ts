import { hasPermission } from '../permissions';
import { nextStatus, type RequestStatus } from '../workflow';
import { toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions of `requestVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const requestAbilityKeys = ['decide'] as const;

/** An extension or completion request: the supervision office decides it while it is pending. */
export function requestVerdicts(actor: AbilityActor, request: { status: RequestStatus }) {
  return {
    decide: verdict(
      hasPermission(actor.roles, 'reports:review'),
      nextStatus('request', request.status, 'approve') !== null,
    ),
  } satisfies Record<(typeof requestAbilityKeys)[number], Verdict>;
}
export type RequestAbilities = Record<keyof ReturnType<typeof requestVerdicts>, boolean>;

export function requestAbilities(actor: AbilityActor, request: { status: RequestStatus }): RequestAbilities {
  return toAbilities(requestVerdicts(actor, request));
}

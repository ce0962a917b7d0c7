import { z } from 'zod';
import type { Verdict } from '../../domain/abilities';
import { InvalidTransitionError, type MachineName } from '../../domain/workflow';
import { AppError } from '../errors';

interface AbilityMessages {
  /** The 403 message (who may do it). */
  role?: string;
  /** The 409 message (when it may be done) and its details. */
  state?: string;
  details?: Record<string, unknown>;
  /** A state refused by a state machine is answered as the machine refuses it (machine, from, action). */
  transition?: { machine: MachineName; from: string; action: string };
}

/**
 * Asserts one ability from a domain verdict map (`taskVerdicts(actor, task)` …): an actor who may never do it
 * gets 403 FORBIDDEN, one who may but not in the object's current state 409 INVALID_TRANSITION. The use case
 * asks the same function the presenter sends to the web, so the two cannot disagree.
 */
export function assertAbility<K extends string>(
  verdicts: Readonly<Record<K, Verdict>>,
  name: K,
  messages: AbilityMessages = {},
): void {
  const v = verdicts[name];
  if (v === 'role') throw new AppError('FORBIDDEN', messages.role ? { message: messages.role } : undefined);
  if (v !== 'state') return;
  const { transition } = messages;
  if (transition) throw new InvalidTransitionError(transition.machine, transition.from, transition.action);
  throw new AppError('INVALID_TRANSITION', {
    ...(messages.state ? { message: messages.state } : {}),
    ...(messages.details ? { details: messages.details } : {}),
  });
}

/** The zod shape of an `abilities` object: one boolean per action, named as in the domain's verdicts. */
export function zAbilities<const K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>);
}

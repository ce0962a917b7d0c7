import { maskedAddress } from '../../../domain/robots/vendors';
import type { Actor } from '../../context';
import { canManageRobots } from './robots.policy';
import type { RobotRow } from './robots.repository';
import type { TRobot } from './robots.schemas';

/** A robot for the page: address masked, secret only as set or not, with the caller's abilities. */
export function presentRobot(
  actor: Actor,
  robot: RobotRow,
  unitName: string | null,
  counts: { pending: number; failed: number; lastFailure: string | null } | undefined,
): TRobot {
  const manage = canManageRobots(actor);
  return {
    id: robot.id,
    kind: robot.kind,
    name: robot.name,
    unitId: robot.unitId,
    unitName,
    addressMasked: maskedAddress(robot.address),
    secretSet: robot.secret !== null && robot.secret !== '',
    enabled: robot.enabled,
    version: robot.version,
    lastResult: robot.lastResult ?? null,
    pending: counts?.pending ?? 0,
    failed: counts?.failed ?? 0,
    lastFailure: counts?.lastFailure ?? null,
    abilities: { edit: manage, testSend: manage && robot.enabled },
  };
}

import { maskedAddress } from '../../../domain/robots/vendors';
import type { RobotRow } from './robots.repository';

/** What the audit trail keeps of a robot: never its address or secret in clear. */
export function robotAuditView(
  r: Pick<RobotRow, 'kind' | 'name' | 'unitId' | 'enabled' | 'address' | 'secret'>,
) {
  return {
    kind: r.kind,
    name: r.name,
    unitId: r.unitId,
    enabled: r.enabled,
    address: maskedAddress(r.address),
    secretSet: r.secret !== null,
  };
}

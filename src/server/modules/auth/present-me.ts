import { pageAbilities } from '../../../domain/abilities';
import { isPasswordExpired, passwordExpiresInDays } from '../../../domain/password-policy';
import type { Role } from '../../../domain/roles';
import type { Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { findTenantAndUnitNames, type UserRow } from './auth.repository';
import type { TMe } from './auth.schemas';
import { totpRequiredFor } from './totp-policy';

/** The logged-in user as the web app needs it, with what the password policy says about them. */
export async function presentMe(
  tx: Executor,
  user: UserRow,
  settings: Settings,
  now: Date,
  mfaPending = false,
): Promise<TMe> {
  const { tenant, unitName, unitKind } = await findTenantAndUnitNames(tx, user.tenantId, user.unitId);
  const maxAge = settings['password.maxAgeDays'];
  const totpRequired = totpRequiredFor(user.roles, settings['security.totpRequiredRoles']);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    unitName,
    roles: user.roles as Role[],
    tenant,
    mustChangePassword: user.mustChangePassword || isPasswordExpired(user.passwordChangedAt, now, maxAge),
    passwordExpiresInDays: passwordExpiresInDays(user.passwordChangedAt, now, maxAge),
    mfaPending,
    totpEnabled: user.totpEnabledAt !== null,
    totpRequired,
    totpEnrolmentRequired: user.totpEnabledAt === null && totpRequired,
    abilities: pageAbilities(
      { userId: user.id, unitId: user.unitId, roles: user.roles as Role[] },
      { isSectionUser: unitKind === 'section' },
    ),
  };
}

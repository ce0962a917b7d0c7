import { defaultSettings } from '../../../domain/settings';

/** Whether any of the user's roles is one the tenant requires TOTP for (setting security.totpRequiredRoles). */
export function totpRequiredFor(userRoles: readonly string[], requiredRoles: unknown): boolean {
  const required = Array.isArray(requiredRoles)
    ? (requiredRoles as unknown[])
    : defaultSettings['security.totpRequiredRoles'];
  return userRoles.some((r) => required.includes(r));
}

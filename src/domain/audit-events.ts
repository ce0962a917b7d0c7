/** Every audit action Luoshi writes: a typed union, so that a typo is a compile error. */
export const auditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_changed',
  'tenant.created',
  'unit.created',
  'unit.updated',
  'user.created',
  'user.updated',
  'user.password_reset',
  'user.unlocked',
  'system.restored',
] as const;

export type AuditAction = (typeof auditActions)[number];

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
  'decision.created',
  'decision.updated',
  'decision.extracted',
  'decision.published',
  'decision.imported',
  'task.created',
  'task.updated',
  'task.deleted',
  'task.published',
] as const;

export type AuditAction = (typeof auditActions)[number];

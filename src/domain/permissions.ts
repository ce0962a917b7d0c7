import type { Role } from './roles';

/**
 * Role → permission table. Policies (server/modules/*\/*.policy.ts) ask `hasPermission`; object-level rules
 * (own unit, own tenant) live in the policies. Add a permission here when a resource is added.
 */
export const permissionTable = {
  'units:read': ['admin', 'supervisor', 'leader', 'unit_head', 'unit_operator'],
  'units:manage': ['admin'],
  'users:manage': ['admin'],
  'audit:read': ['auditor'],
  /** Tenant settings that are not security settings (lights, reports, reminders, assessment). */
  'settings:manage': ['admin'],
  /** Password policy, lockout, session timeouts, TOTP policy, data-key status (安全管理员, 三员分立). */
  'security:manage': ['security_officer'],
  'decisions:read': ['supervisor', 'leader'],
  'decisions:manage': ['supervisor'],
  'tasks:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** Sees every task of the district, drafts included; others see their unit's published tasks. */
  'tasks:read_all': ['supervisor', 'leader'],
  'tasks:manage': ['supervisor'],
  'leaders:read': ['supervisor', 'leader'],
  /** Approve or return reports, decide requests, suspend or cancel tasks. */
  'reports:review': ['supervisor'],
  'instructions:write': ['leader'],
  /** Open, close and escalate cases; inspections, rectification checks, interviews, accountability. */
  'supervision:manage': ['supervisor'],
  /** Sees all cases, rectifications and records; unit users see their own unit's. */
  'supervision:read_all': ['supervisor', 'leader'],
  'supervision:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  'bulletins:read': ['supervisor', 'leader'],
  'assessment:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** Sees every unit's breakdown; units see their own breakdown and rank. */
  'assessment:read_all': ['supervisor', 'leader'],
  'assessment:manage': ['supervisor'],
  /** Declare one's own achievements (个人政绩申报); the user must belong to a unit. */
  'achievements:declare': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  'bulletins:manage': ['supervisor'],
  /** Key projects (issue #13): unit users see the projects their unit holds a role in. */
  'projects:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** Sees every project of the district. */
  'projects:read_all': ['supervisor', 'leader'],
  /** Register and edit projects, plan nodes, baseline, review reports, publish (the office). */
  'projects:manage': ['supervisor'],
  /** Report a month of a project whose street office is the user's unit. */
  'projects:report': ['unit_head', 'unit_operator'],
  /** A district leader has a portfolio (分管任务) the cockpit shows beside the district's. */
  'cockpit:portfolio': ['leader'],
  /** The working-day calendar (工作日历): everyone reads it, the office keeps it. */
  'calendar:read': ['admin', 'supervisor', 'leader', 'unit_head', 'unit_operator'],
  'calendar:manage': ['supervisor'],
  /** Approve or return catch-up plans (赶超措施). */
  'catch_up_plans:review': ['supervisor'],
  /** Send catch-up plans: the lead unit's people (which unit leads is the ability rule's business). */
  'catch_up_plans:submit': ['unit_head', 'unit_operator'],
  /** 堵点: read blockers (units and leaders only theirs: the ability rules decide which). */
  'blockers:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** Sees and manages every blocker of the district: escalate, close without resolution, export. */
  'blockers:manage': ['supervisor'],
  /** Raise a blocker on a project or task the user's unit holds a role in. */
  'blockers:raise': ['unit_head', 'unit_operator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export function hasPermission(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissionTable[permission];
  return userRoles.some((r) => allowed.includes(r));
}

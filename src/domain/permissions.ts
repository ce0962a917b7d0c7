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
  /** Mark a decision's tasks public (公开, issue 17). */
  'disclosure:manage': ['supervisor'],
  /** Public messages (社情民意): the office reviews them; leaders read them. */
  'feedback:read': ['supervisor', 'leader'],
  'feedback:manage': ['supervisor'],
  /** 群机器人: the office and the administrator set up the messenger robots notices go to. */
  'robots:manage': ['admin', 'supervisor'],
  /** 满意度测评: the office builds and runs surveys and records phone answers; leaders read them. */
  'surveys:read': ['supervisor', 'leader'],
  'surveys:manage': ['supervisor'],
  /** Published bulletins go to every unit (issue 16); drafts stay with the office (bulletins:manage). */
  'bulletins:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  'assessment:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** Sees every unit's breakdown; units see their own breakdown and rank. */
  'assessment:read_all': ['supervisor', 'leader'],
  'assessment:manage': ['supervisor'],
  /** Appeal the unit's own published result (申诉, issue 17); the office rules (assessment:manage). */
  'assessment:appeal': ['unit_head', 'unit_operator'],
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
  /** 一级抓一级 (issue #15): split a task of one's unit into sub-tasks, and update the sub-tasks one is given. */
  'subtasks:write': ['unit_head', 'unit_operator'],
  /** 配合单位分报: co-units send their shares, the lead unit returns them (which unit is the ability rule's). */
  'shares:write': ['unit_head', 'unit_operator'],
  /** Upload evidence (PDF, Office, OFD, photos) and read what one may see (issue #15). */
  'attachments:upload': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  'attachments:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** 联审联批: read joint reviews (which ones is the ability rule's business: project units, the departments). */
  'joint_reviews:read': ['supervisor', 'leader', 'unit_head', 'unit_operator'],
  /** Open joint reviews (the office). */
  'joint_reviews:manage': ['supervisor'],
  /** Answer a department's item: its people (which unit is the ability rule's business). */
  'joint_reviews:answer': ['unit_head', 'unit_operator'],
  /** The weekly project meeting (周六例会): leaders read it, the office prepares it, records decisions, minutes. */
  'meetings:read': ['supervisor', 'leader'],
  'meetings:manage': ['supervisor'],
  /** 容错纠错: a unit's people file requests for their unit; they see their unit's, the office and leaders all. */
  'tolerance:file': ['unit_head', 'unit_operator'],
  'tolerance:read_all': ['supervisor', 'leader'],
  /** The office checks a request and writes its opinion (审核). */
  'tolerance:prepare': ['supervisor'],
  /**
   * The ruling (认定) is the committee's; the system has no committee role, so a district leader (区领导)
   * records it for the committee.
   */
  'tolerance:rule': ['leader'],
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

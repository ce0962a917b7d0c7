import { hasPermission } from '../permissions';
import type { Role } from '../roles';
import { canDeclareAchievement, entryKindsFor } from './assessment';
import type { AbilityActor } from './verdict';

/** The areas of the web app's menu (and the pages under them). */
export const pageAreas = [
  'workbench',
  'decisions',
  'ledger',
  /** 进展审核: the review queue, a page of the ledger for the supervision office. */
  'review',
  'supervision',
  'bulletins',
  'assessment',
  'projects',
  /** 联审联批: joint reviews of projects' procedures (the office, leaders, project units, departments). */
  'joint_reviews',
  /** 堵点清单: the blocker ledger (issue #14). */
  'blockers',
  'cockpit',
  /** 季度分析: the quarter's charts and its Word export. */
  'analysis',
  'admin',
  'audit',
  /** 参数设置 / 安全设置: the settings the server lets this role change. */
  'settings',
  /** 工作日历: holidays and 调休 of the district, kept by the office. */
  'calendar',
  /** 周六例会: the weekly project meeting (agenda, meeting mode, decisions, minutes). */
  'meetings',
  /** 容错纠错: tolerance requests (units file, the office prepares, a district leader rules). */
  'tolerance',
  /** 社情民意: public messages, reviewed by the office (leaders read them). */
  'feedback',
  /** 群机器人: the office's page of messenger robots (the administrator has them on the settings page). */
  'robots',
  /** 满意度测评: surveys, their codes, results and the telephone follow-up (the office; leaders read). */
  'surveys',
] as const;
export type PageArea = (typeof pageAreas)[number];

const unitAreas: readonly PageArea[] = [
  'workbench',
  'ledger',
  'supervision',
  'bulletins',
  'assessment',
  'projects',
  'joint_reviews',
  'blockers',
  'tolerance',
];

const businessAreas: readonly PageArea[] = [
  'workbench',
  'decisions',
  'ledger',
  'supervision',
  'bulletins',
  'assessment',
  'projects',
  'joint_reviews',
  'cockpit',
  'analysis',
];

/**
 * Role → areas: what each role sees in the menu (and may open). admin and auditor see only their own area
 * (三员分立); every request is checked again against the permission table.
 */
const areasByRole: Readonly<Record<Role, readonly PageArea[]>> = {
  admin: ['workbench', 'admin', 'settings'],
  auditor: ['workbench', 'audit'],
  // 安全管理员: the password, lockout, session and TOTP policy.
  security_officer: ['workbench', 'settings'],
  supervisor: [
    ...businessAreas,
    'review',
    'calendar',
    'blockers',
    'meetings',
    'tolerance',
    'feedback',
    'robots',
    'surveys',
  ],
  leader: [...businessAreas, 'blockers', 'meetings', 'tolerance', 'feedback', 'surveys'],
  // Units see the key projects they hold a role in (主体推进, 指挥部, 业务指导), and the published bulletins.
  unit_head: [...unitAreas],
  unit_operator: [...unitAreas],
};

/**
 * The sections of the workbench (工作台), each for the roles whose daily work it holds. `section` is the unit
 * section for people of a 科室: they act on the sub-tasks given to them, not on the unit's tasks and shares.
 */
export const workbenchSections = ['unit', 'section', 'supervisor', 'leader', 'admin', 'auditor'] as const;
export type WorkbenchSection = (typeof workbenchSections)[number];
const workbenchSectionRoles: Readonly<Record<WorkbenchSection, readonly Role[]>> = {
  unit: ['unit_head', 'unit_operator'],
  // Given by the unit's kind, not a role: see pageAbilities.
  section: [],
  supervisor: ['supervisor'],
  leader: ['leader'],
  admin: ['admin'],
  auditor: ['auditor'],
};

/**
 * What a user may do beyond single objects — the pages, tabs and "new" buttons they are offered — sent with
 * `GET /me` so the web never decides from roles itself.
 */
export function pageAbilities(actor: AbilityActor, place: { isSectionUser?: boolean } = {}) {
  const has = (role: Role) => actor.roles.includes(role);
  return {
    /** Menu areas in menu order. */
    areas: pageAreas.filter((area) => actor.roles.some((r) => areasByRole[r].includes(area))),
    /** A 科室's people get the section's cards instead of the unit's (they lead no task and owe no share). */
    workbench: workbenchSections
      .filter((s) => workbenchSectionRoles[s].some(has))
      .map((s) => (s === 'unit' && place.isSectionUser ? 'section' : s)),
    /** Create, import, edit and publish decisions. */
    manageDecisions: hasPermission(actor.roles, 'decisions:manage'),
    /** The whole ledger, drafts included (filters by decision and leader). */
    seeAllTasks: hasPermission(actor.roles, 'tasks:read_all'),
    /** Open cases, record inspections, interviews and accountability. */
    manageSupervision: hasPermission(actor.roles, 'supervision:manage'),
    generateBulletins: hasPermission(actor.roles, 'bulletins:manage'),
    /** The scheme tab, finalizing the ranking. */
    manageAssessment: hasPermission(actor.roles, 'assessment:manage'),
    /** Every unit's ranking and breakdown, exports; units see their own. */
    seeAllAssessment: hasPermission(actor.roles, 'assessment:read_all'),
    /** Entry kinds offered in the "new entry" form; the office enters for any unit, others for their own. */
    entryKinds: entryKindsFor(actor),
    enterForAnyUnit: hasPermission(actor.roles, 'assessment:manage'),
    declareAchievements: canDeclareAchievement(actor),
    /** A leader has a portfolio of own tasks to show in the cockpit beside the district's. */
    cockpitPortfolio: hasPermission(actor.roles, 'cockpit:portfolio'),
    /** Register projects, plan their nodes, review their reports, the public board (重点项目). */
    manageProjects: hasPermission(actor.roles, 'projects:manage'),
    manageSurveys: hasPermission(actor.roles, 'surveys:manage'),
    /** Every project of the district (filters by street and leader); units see theirs. */
    seeAllProjects: hasPermission(actor.roles, 'projects:read_all'),
    /** The security settings (安全设置) rather than the business parameters. */
    securitySettings: hasPermission(actor.roles, 'security:manage'),
    /** Set holidays and 调休 working days on the calendar page. */
    manageCalendar: hasPermission(actor.roles, 'calendar:manage'),
    /** Set up the messenger group robots (群机器人) and test-send. */
    manageRobots: hasPermission(actor.roles, 'robots:manage'),
    /** 反映堵点 on the projects and tasks the user's unit holds a role in (the server checks which). */
    raiseBlockers: hasPermission(actor.roles, 'blockers:raise') && actor.unitId !== null,
  };
}
export type PageAbilities = ReturnType<typeof pageAbilities>;

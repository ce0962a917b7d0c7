import {
  AimOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  HomeOutlined,
  LineChartOutlined,
  MessageOutlined,
  ProjectOutlined,
  RobotOutlined,
  StopOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SettingOutlined,
  SmileOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { PageArea } from '../../../../src/domain/abilities/page';
import type { MessageKey } from '../../i18n/i18n';

/**
 * The areas of the left menu. Which of them a user sees is decided on the server (`me.abilities.areas`,
 * domain/abilities/page.ts); every request is checked again there.
 */
export type AreaKey = PageArea;

export interface MenuPage {
  key: string;
  path: string;
  labelKey: MessageKey;
  /** Shown only when this area is offered too (进展审核 under 任务台账 is the supervisor's). */
  area?: AreaKey;
}

export interface MenuArea {
  area: AreaKey;
  labelKey: MessageKey;
  icon: ComponentType;
  /** The area's own page, or its sub-pages (系统管理 has two). */
  path?: string;
  children?: readonly MenuPage[];
}

/** Menu order and paths. */
export const MENU: readonly MenuArea[] = [
  { area: 'workbench', labelKey: 'menu.workbench', icon: HomeOutlined, path: '/' },
  { area: 'decisions', labelKey: 'menu.decisions', icon: FileTextOutlined, path: '/decisions' },
  {
    area: 'ledger',
    labelKey: 'menu.ledger',
    icon: UnorderedListOutlined,
    path: '/ledger',
    // Roles that see only the ledger itself get a plain item (menuFor drops a single child).
    children: [
      { key: 'ledger-all', path: '/ledger', labelKey: 'menu.ledgerAll' },
      { key: 'ledger-review', path: '/ledger/review', labelKey: 'menu.ledgerReview', area: 'review' },
    ],
  },
  { area: 'supervision', labelKey: 'menu.supervision', icon: FlagOutlined, path: '/supervision' },
  { area: 'bulletins', labelKey: 'menu.bulletins', icon: BarChartOutlined, path: '/bulletins' },
  { area: 'assessment', labelKey: 'menu.assessment', icon: AimOutlined, path: '/assessment' },
  { area: 'surveys', labelKey: 'menu.surveys', icon: SmileOutlined, path: '/surveys' },
  { area: 'projects', labelKey: 'menu.projects', icon: ProjectOutlined, path: '/projects' },
  { area: 'joint_reviews', labelKey: 'menu.jointReviews', icon: AuditOutlined, path: '/joint-reviews' },
  { area: 'blockers', labelKey: 'menu.blockers', icon: StopOutlined, path: '/blockers' },
  { area: 'cockpit', labelKey: 'menu.cockpit', icon: DashboardOutlined, path: '/cockpit' },
  { area: 'analysis', labelKey: 'menu.analysis', icon: LineChartOutlined, path: '/analysis' },
  {
    area: 'admin',
    labelKey: 'menu.admin',
    icon: SettingOutlined,
    children: [
      { key: 'admin-units', path: '/admin/units', labelKey: 'menu.adminUnits' },
      { key: 'admin-users', path: '/admin/users', labelKey: 'menu.adminUsers' },
    ],
  },
  { area: 'audit', labelKey: 'menu.audit', icon: AuditOutlined, path: '/audit' },
  { area: 'settings', labelKey: 'menu.settings', icon: SafetyCertificateOutlined, path: '/settings' },
  { area: 'calendar', labelKey: 'menu.calendar', icon: CalendarOutlined, path: '/calendar' },
  { area: 'meetings', labelKey: 'menu.meetings', icon: TeamOutlined, path: '/meetings' },
  { area: 'tolerance', labelKey: 'menu.tolerance', icon: SafetyOutlined, path: '/tolerance' },
  { area: 'feedback', labelKey: 'menu.feedback', icon: MessageOutlined, path: '/feedback' },
  { area: 'robots', labelKey: 'menu.robots', icon: RobotOutlined, path: '/robots' },
];

/** Icon for pages outside the menu (the password page). */
export const PASSWORD_ICON = SafetyCertificateOutlined;

export function canSeeArea(areas: readonly AreaKey[], area: AreaKey): boolean {
  return areas.includes(area);
}

/** The menu of the given areas; an area with a page of its own and one visible child is a plain item. */
export function menuFor(areas: readonly AreaKey[]): MenuArea[] {
  return MENU.filter((m) => areas.includes(m.area)).map((m) => {
    if (!m.children) return m;
    const children = m.children.filter((c) => !c.area || areas.includes(c.area));
    if (m.path && children.length <= 1) {
      const { children: _dropped, ...plain } = m;
      return plain;
    }
    return { ...m, children };
  });
}

/** Pages below an area's own page, for the breadcrumb's last step (the area then links back). */
const SUB_PAGES: readonly { pattern: RegExp; labelKey: MessageKey }[] = [
  { pattern: /^\/decisions\/new$/, labelKey: 'decisions.crumbNew' },
  { pattern: /^\/decisions\/[^/]+$/, labelKey: 'decisions.crumbDetail' },
  { pattern: /^\/ledger\/review$/, labelKey: 'menu.ledgerReview' },
  { pattern: /^\/ledger\/print$/, labelKey: 'ledger.printTitle' },
  { pattern: /^\/supervision\/cases\/[^/]+$/, labelKey: 'supervision.crumbCase' },
  { pattern: /^\/projects\/new$/, labelKey: 'project.newTitle' },
  { pattern: /^\/projects\/gantt$/, labelKey: 'project.ganttTitle' },
  { pattern: /^\/projects\/board$/, labelKey: 'project.boardTitle' },
  { pattern: /^\/projects\/[^/]+\/edit$/, labelKey: 'project.crumbEdit' },
  { pattern: /^\/projects\/[^/]+$/, labelKey: 'project.crumbDetail' },
  { pattern: /^\/joint-reviews\/[^/]+$/, labelKey: 'jointReview.crumbDetail' },
  { pattern: /^\/meetings\/[^/]+$/, labelKey: 'meetings.crumbDetail' },
  { pattern: /^\/blockers\/[^/]+$/, labelKey: 'blocker.crumbDetail' },
  { pattern: /^\/surveys\/[^/]+\/cards$/, labelKey: 'survey.printCards' },
  { pattern: /^\/surveys\/[^/]+$/, labelKey: 'survey.crumbDetail' },
];

export interface Crumb {
  labelKey: MessageKey;
  path?: string;
}

/** Breadcrumb trail of a path (empty on the workbench, the top level). */
export function breadcrumbFor(pathname: string): Crumb[] {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return [];
  const home: Crumb = { labelKey: 'menu.workbench', path: '/' };
  if (path === '/password') return [home, { labelKey: 'menu.password' }];
  if (path === '/security') return [home, { labelKey: 'security.menu' }];
  // A task's page belongs to the ledger it is opened from.
  if (/^\/tasks\/[^/]+$/.test(path))
    return [home, { labelKey: 'menu.ledger', path: '/ledger' }, { labelKey: 'taskPage.crumb' }];
  for (const m of MENU) {
    if (m.path && m.path !== '/' && path.startsWith(`${m.path}/`)) {
      const sub = SUB_PAGES.find((p) => p.pattern.test(path));
      if (sub) return [home, { labelKey: m.labelKey, path: m.path }, { labelKey: sub.labelKey }];
    }
    if (m.path && m.path !== '/' && (path === m.path || path.startsWith(`${m.path}/`))) {
      return [home, { labelKey: m.labelKey }];
    }
    for (const child of m.children ?? []) {
      if (path === child.path || path.startsWith(`${child.path}/`)) {
        return [home, { labelKey: m.labelKey }, { labelKey: child.labelKey }];
      }
    }
  }
  return [home];
}

/** The menu key to highlight for a path, and the submenu to open (the menu of these areas). */
export function selectedMenuKey(
  pathname: string,
  areas?: readonly AreaKey[],
): { selected: string; open?: string } {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (/^\/tasks\//.test(path)) return selectedMenuKey('/ledger', areas);
  for (const m of areas ? menuFor(areas) : MENU) {
    // The longest matching child wins (/ledger/review over /ledger).
    const child = (m.children ?? [])
      .filter((c) => path === c.path || path.startsWith(`${c.path}/`))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (child) return { selected: child.key, open: m.area };
    if (m.path && (path === m.path || (m.path !== '/' && path.startsWith(`${m.path}/`)))) {
      return { selected: m.area };
    }
  }
  return { selected: '' };
}

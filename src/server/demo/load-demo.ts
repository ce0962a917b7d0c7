/**
 * `luoshi demo`: a small demo district for newcomers, played through the real use cases so that every row
 * passes the rules the UI would apply and every change has its audit event. A year of work is replayed on a
 * clock of its own that starts at the plenary, twelve months before today; the data is the same for the same
 * day. The accounts share one password, printed once, and are not made to change it (see docs/operations.md).
 */
import { readFileSync } from 'node:fs';
import { and, count, eq, like, or, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { checkPasswordStrength } from '../../domain/password-policy';
import type { Role } from '../../domain/roles';
import { periodOf } from '../../domain/schedule';
import { recordAudit } from '../audit/record-audit';
import { ManualClock, shanghaiDate } from '../clock';
import type { Actor, AppDeps, AuthedContext } from '../context';
import { withSystemTx } from '../db/tx';
import {
  bulletins,
  passwordHistory,
  rectifications,
  reports,
  supervisionCases,
  tasks,
  tenants,
  units,
  users,
} from '../db/schema';
import { AppError } from '../errors';
import { generatePassword, hashPassword } from '../modules/auth/passwords';
import { createAdminAccount } from '../bootstrap';
import { createUnit } from '../modules/units/create-unit';
import { createUser } from '../modules/users/create-user';
import { playDemoYear } from './play-demo-year';
import { playDemoProjects, type DemoProjectsResult } from './play-demo-projects';
import { playDemoJointReviews } from './play-demo-joint-reviews';
import { playDemoMeeting } from './play-demo-meeting';
import { playDemoBlockers } from './play-demo-blockers';
import { playDemoSurvey } from './play-demo-survey';
import { playDemoAppeals, type DemoAppeals } from './play-demo-appeals';
import type { DemoPublic } from './play-demo-public';
import { demoUnits, districtAccounts, unitAccounts, type DemoAccount } from './demo-plan';
import { demoSections, sectionAccounts } from './demo-responsibility-plan';

export const defaultDemoName = '示范区（演示）';
const demoTenantCode = 'demo';

export interface DemoOptions {
  /** The district's name (default 示范区（演示）: the first start already names the real district 示范区). */
  name?: string | undefined;
  /** One password for every demo account; generated when not given. */
  password?: string | undefined;
  /** Who asked, for the audit event: the command line on a free database, or the running server. */
  via: 'cli' | 'server';
  ip?: string | null;
}

export interface DemoResult {
  districtName: string;
  password: string;
  accounts: Array<{ label: string; username: string; displayName: string; roles: Role[] }>;
  counts: {
    units: number;
    users: number;
    tasks: number;
    reports: number;
    cases: number;
    rectifications: number;
    bulletins: number;
  };
  lights: { red: number; yellow: number; green: number; completed: number };
  /** The key projects (重点项目) and the path of their public board (甘特图公示), no login needed. */
  projects: DemoProjectsResult;
  publicBoardPath: string;
  /** The open satisfaction survey's public page and a few unused codes (满意度测评). */
  survey: { path: string; unusedCodes: string[] };
  /** The public tasks, results and feedback pages, and the receipt codes of the demo's messages (公开). */
  public: DemoPublic;
  /** The published results and their appeals (公示与申诉). */
  appeals: DemoAppeals;
  seconds: number;
}

export function demoReportText(): string {
  return readFileSync(new URL('./demo-report.txt', import.meta.url), 'utf8');
}

/** A month 'YYYY-MM' moved by n months. */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The instant of a Shanghai calendar date at an hour. */
export function shanghaiAt(date: string, hour: number): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}

/** The demo's own clock: only moves forward, so that a mistake in the plan shows up at once. */
export class DemoClock extends ManualClock {
  moveTo(at: Date): void {
    if (at.getTime() < this.now().getTime()) throw new Error(`demo clock moved back to ${at.toISOString()}`);
    this.set(at);
  }
}

export interface DemoActors {
  ctxOf(username: string): AuthedContext;
  unitIdOf(code: string): string;
  userIdOf(username: string): string;
}

/** Refuses a second load: the accounts' names are unique installation-wide, and the district's name must be free. */
async function assertFree(deps: AppDeps, name: string): Promise<void> {
  await withSystemTx(deps.db, async (tx) => {
    const [taken] = await tx
      .select({ username: users.username })
      .from(users)
      .where(like(sql`lower(${users.username})`, 'demo-%'))
      .limit(1);
    if (taken) {
      throw new AppError('DUPLICATE', {
        message: `演示数据已经加载过（账号 ${taken.username} 已存在），不能再加载一次。 / The demo is already loaded (the account ${taken.username} exists).`,
        details: { field: 'username', username: taken.username },
      });
    }
    const [district] = await tx
      .select({ name: tenants.name })
      .from(tenants)
      .where(or(eq(tenants.name, name), eq(tenants.code, demoTenantCode)))
      .limit(1);
    if (district) {
      throw new AppError('DUPLICATE', {
        message: `已有名为“${district.name}”的区或演示区，请用 --name 另起一个名字。 / A district named ${district.name} (or the demo district) exists; choose another with --name.`,
        details: { field: 'name', name: district.name },
      });
    }
  });
}

/** Loads the demo district; refuses (and changes nothing) when it is already there or the name is taken. */
export async function loadDemo(deps: AppDeps, options: DemoOptions): Promise<DemoResult> {
  const started = Date.now();
  const name = options.name?.trim() || defaultDemoName;
  if (name.length > 100)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'name', message: '名称不超过 100 字' }] },
    });
  if (options.password !== undefined && !checkPasswordStrength(options.password).ok)
    throw new AppError('WEAK_PASSWORD');
  const password = options.password ?? generatePassword(12);
  await assertFree(deps, name);

  const today = shanghaiDate(deps.clock.now());
  const plenaryMonth = addMonths(periodOf(today, 'month'), -12);
  const clock = new DemoClock(shanghaiAt(`${plenaryMonth}-06`, 9));

  // The district and its administrator, as the first start creates them; the rest goes through use cases.
  const tenantId = uuidv7();
  const adminId = await withSystemTx(deps.db, async (tx) => {
    const now = clock.now();
    await tx
      .insert(tenants)
      .values({ id: tenantId, code: demoTenantCode, name, createdAt: now, updatedAt: now });
    await recordAudit(tx, {
      tenantId,
      at: now,
      actorId: null,
      actorName: 'demo',
      ip: null,
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: tenantId,
      after: { name, demo: true },
    });
    return createAdminAccount(tx, tenantId, 'demo-admin', password, now);
  });

  const accounts = new Map<string, Actor>();
  const unitIds = new Map<string, string>();
  const put = (account: DemoAccount, id: string) =>
    accounts.set(account.username, {
      userId: id,
      tenantId,
      unitId: account.unitCode ? (unitIds.get(account.unitCode) ?? null) : null,
      roles: account.roles,
      username: account.username,
      displayName: account.displayName,
      sessionId: uuidv7(),
    });
  const actors: DemoActors = {
    ctxOf(username) {
      const actor = accounts.get(username);
      if (!actor) throw new Error(`no demo account ${username}`);
      return {
        ...deps,
        clock,
        actor,
        ip: options.ip ?? '127.0.0.1',
        userAgent: 'luoshi demo',
        language: 'zh',
      };
    },
    unitIdOf(code) {
      const id = unitIds.get(code);
      if (!id) throw new Error(`no demo unit ${code}`);
      return id;
    },
    userIdOf(username) {
      const actor = accounts.get(username);
      if (!actor) throw new Error(`no demo account ${username}`);
      return actor.userId;
    },
  };
  const adminAccount = districtAccounts[0] as DemoAccount;
  put(adminAccount, adminId);
  const admin = actors.ctxOf('demo-admin');
  for (const unit of demoUnits) {
    const created = await createUnit(admin, { code: unit.code, name: unit.name, kind: unit.kind });
    unitIds.set(unit.code, created.id);
  }
  // The sections (科室) of three units, children in the unit tree, each with an account (issue 15).
  for (const section of demoSections) {
    const created = await createUnit(admin, {
      code: section.code,
      name: section.name,
      kind: 'section',
      parentId: actors.unitIdOf(section.unitCode),
    });
    unitIds.set(section.code, created.id);
  }
  const all = [...districtAccounts.slice(1), ...unitAccounts(), ...sectionAccounts(demoUnits)];
  for (const account of all) {
    const unitId = account.unitCode ? actors.unitIdOf(account.unitCode) : null;
    const { user } = await createUser(admin, {
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      unitId,
    });
    put(account, user.id);
  }

  const publicSide = await playDemoYear(actors, clock, {
    plenaryMonth,
    today,
    districtName: name,
    slug: demoTenantCode,
    reportText: demoReportText(),
    now: deps.clock.now(),
  });

  const projects = await playDemoProjects(actors, today);
  await playDemoJointReviews(actors, today);
  // Last Saturday's project meeting, its decisions published as tasks (issue 14).
  await playDemoMeeting(actors, today);
  await playDemoBlockers(actors, today);

  // Today: the shared password, usable at once (a demo account need not be changed at its first login).
  clock.moveTo(deps.clock.now());
  const survey = await playDemoSurvey(actors, today, demoTenantCode);
  // Last: the finalized year counts everything above, and an upheld appeal's new version differs only by it.
  const appeals = await playDemoAppeals(actors, today);
  const now = clock.now();
  const passwordHash = await hashPassword(password);
  await withSystemTx(deps.db, async (tx) => {
    for (const account of [adminAccount, ...all]) {
      const userId = actors.userIdOf(account.username);
      await tx
        .update(users)
        .set({
          passwordHash,
          passwordChangedAt: now,
          mustChangePassword: false,
          version: sql`${users.version} + 1`,
          updatedAt: now,
        })
        .where(eq(users.id, userId));
      await tx
        .insert(passwordHistory)
        .values({ id: uuidv7(), tenantId, userId, passwordHash, createdAt: now });
      await recordAudit(tx, {
        tenantId,
        at: now,
        actorId: null,
        actorName: 'demo',
        ip: options.ip ?? null,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: userId,
        after: { mustChangePassword: false, demo: true },
      });
    }
  });

  const counted = await withSystemTx(deps.db, async (tx) => {
    const n = async (
      table:
        | typeof units
        | typeof users
        | typeof tasks
        | typeof reports
        | typeof supervisionCases
        | typeof rectifications
        | typeof bulletins,
    ) => Number((await tx.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId)))[0]?.n ?? 0);
    const completed = Number(
      (
        await tx
          .select({ n: count() })
          .from(tasks)
          .where(and(eq(tasks.tenantId, tenantId), eq(tasks.status, 'completed')))
      )[0]?.n ?? 0,
    );
    return {
      counts: {
        units: await n(units),
        users: await n(users),
        tasks: await n(tasks),
        reports: await n(reports),
        cases: await n(supervisionCases),
        rectifications: await n(rectifications),
        bulletins: await n(bulletins),
      },
      completed,
    };
  });
  const { listTasks } = await import('../modules/tasks/list-tasks');
  const supervisor = { ...actors.ctxOf('demo-supervisor'), clock: deps.clock };
  const lightCount = async (light: 'red' | 'yellow' | 'green') =>
    (await listTasks(supervisor, { light, page: 1, pageSize: 1 })).total;
  const lights = {
    red: await lightCount('red'),
    yellow: await lightCount('yellow'),
    green: await lightCount('green'),
    completed: counted.completed,
  };

  const seconds = Math.round((Date.now() - started) / 100) / 10;
  await withSystemTx(deps.db, (tx) =>
    recordAudit(tx, {
      tenantId,
      at: now,
      actorId: null,
      actorName: 'demo',
      ip: options.ip ?? null,
      action: 'demo.loaded',
      entityType: 'tenant',
      entityId: tenantId,
      after: { name, via: options.via, accounts: all.length + 1, ...counted.counts },
    }),
  );
  return {
    districtName: name,
    password,
    accounts: [adminAccount, ...all].map((a) => ({
      label: a.label,
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
    })),
    counts: counted.counts,
    lights,
    projects,
    publicBoardPath: `/public/${demoTenantCode}/projects`,
    survey,
    public: publicSide,
    appeals,
    seconds,
  };
}

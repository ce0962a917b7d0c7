/**
 * `luoshi demo`: the demo district loads through the use cases (counts, red and yellow lights, a bulletin, a
 * meaningful ranking, every account logs in without a forced password change), refuses a second load, and
 * loads through a running server on PGlite by the token-guarded loopback route, which refuses anyone else.
 */
import * as checks from './helpers/demo-checks';
import { cp, readFile, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { verifyAuditChains } from '../src/server/audit/verify-audit';
import { withSystemTx } from '../src/server/db/tx';
import { auditEvents, reportIndicatorValues, taskTargets, tasks, tenants } from '../src/server/db/schema';
import { loadDemo, type DemoResult } from '../src/server/demo/load-demo';
import { runCli } from './helpers/cli';
import { startServerProcess, type ServerProcess } from './helpers/server-process';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';
const password = 'Demo#Pass2026';

describe.each(dbKinds())('luoshi demo loaded directly on %s', (kind) => {
  let t: TestApp;
  let result: DemoResult;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // Today is 2026-03-16 in Shanghai: the plenary was in March 2025, reports run April 2025 … February 2026.
    t.clock.set('2026-03-16T02:00:00Z');
    result = await loadDemo(t.deps, { via: 'cli', password });
  }, 300_000);
  afterAll(async () => t.close());

  const login = (username: string, pass = password) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: pass } });
  const cookieOf = async (username: string) => {
    const res = await login(username);
    const cookie = res.cookies.find((c) => c.name === 'luoshi_sid');
    if (res.statusCode !== 200 || !cookie)
      throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return `luoshi_sid=${cookie.value}`;
  };
  const get = async (cookie: string, url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };

  it('creates a district of a dozen units, one account per role and a year of work', async () => {
    expect(result.districtName).toBe('示范区（演示）');
    expect(result.counts).toMatchObject({
      // 12 units and 5 sections (科室) of three of them, each with an account.
      units: 17,
      users: 36,
      // 24 of the plenary, 2 decided by last Saturday's project meeting.
      tasks: 26,
      cases: 4, // 3 of the year, 1 opened from a resident's message
      rectifications: 3,
      bulletins: 1,
    });
    // Twelve monthly reports for most tasks, fewer for the ones completed early.
    expect(result.counts.reports).toBeGreaterThan(200);
    const roles = new Set(result.accounts.flatMap((a) => a.roles));
    expect([...roles].sort()).toEqual([
      'admin',
      'auditor',
      'leader',
      'security_officer',
      'supervisor',
      'unit_head',
      'unit_operator',
    ]);
    expect(result.accounts.every((a) => a.username.startsWith('demo-'))).toBe(true);
  });

  it('has red and yellow tasks today, with their reasons, and completed ones', async () => {
    expect(result.lights.red).toBeGreaterThanOrEqual(2);
    expect(result.lights.yellow).toBeGreaterThanOrEqual(2);
    expect(result.lights.green).toBeGreaterThanOrEqual(5);
    expect(result.lights.completed).toBeGreaterThanOrEqual(3);
    const supervisor = await cookieOf('demo-supervisor');
    const red = await get(supervisor, '/api/v1/tasks?light=red&pageSize=100');
    const reasons = new Set(red.items.flatMap((task: { lightReasons: string[] }) => task.lightReasons));
    expect(reasons.has('overdue')).toBe(true);
    expect(reasons.has('behind_schedule')).toBe(true);
    const yellow = await get(supervisor, '/api/v1/tasks?light=yellow&pageSize=100');
    expect(yellow.items.flatMap((task: { lightReasons: string[] }) => task.lightReasons)).toContain(
      'missing_report',
    );
    // The tasks are the demo report's, published with codes of the plenary's year.
    expect(red.items[0].code).toMatch(/^2025-/);
    // One turned red this week (新增红灯 on the office's workbench): red today, not a week ago.
    const weekAgo = await get(supervisor, '/api/v1/lights?asOf=2026-03-09');
    const redWeekAgo = new Set(
      weekAgo.items
        .filter((i: { light: string }) => i.light === 'red')
        .map((i: { taskId: string }) => i.taskId),
    );
    expect(
      red.items.filter((task: { id: string }) => !redWeekAgo.has(task.id)).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('has last month’s bulletin, cases in each state, an overdue rectification and an interview', async () => {
    const supervisor = await cookieOf('demo-supervisor');
    const bulletins = await get(supervisor, '/api/v1/bulletins');
    expect(bulletins.items.map((b: { period: string }) => b.period)).toEqual(['2026-02']);
    const cases = await get(supervisor, '/api/v1/cases');
    const statuses = cases.items.map((c: { status: string }) => c.status).sort();
    expect(statuses).toEqual(['answered', 'closed', 'issued', 'issued']);
    const rectifications = await get(supervisor, '/api/v1/rectifications');
    const items = rectifications.items as Array<{ status: string; isOverdue: boolean }>;
    expect(items.filter((r) => r.isOverdue && r.status === 'open')).toHaveLength(1);
    expect(items.map((r) => r.status).sort()).toEqual(['open', 'submitted', 'verified']);
    const interviews = await get(supervisor, '/api/v1/interviews');
    expect(interviews.items).toHaveLength(1);
  });

  it('ranks the units in the assessment with different scores', async () => {
    const supervisor = await cookieOf('demo-supervisor');
    const results = await get(supervisor, '/api/v1/assessment/results?year=2026');
    const units = results.groups.flatMap((g: { units: Array<{ total: number; rank: number }> }) => g.units);
    expect(units).toHaveLength(12);
    expect(new Set(units.map((u: { total: number }) => u.total)).size).toBeGreaterThan(6);
    expect(Math.max(...units.map((u: { rank: number }) => u.rank))).toBeGreaterThan(4);
  });

  it('lets every printed account log in with the printed password, without a forced change', async () => {
    for (const account of result.accounts) {
      const res = await login(account.username);
      expect(res.statusCode, `${account.username}: ${res.body}`).toBe(200);
      expect(res.json().user.mustChangePassword, account.username).toBe(false);
    }
    expect((await login('demo-supervisor', 'Wrong#Pass2026')).statusCode).toBe(401);
  });

  it('refuses a second load and a district name already taken, changing nothing', async () => {
    await expect(loadDemo(t.deps, { via: 'cli', password })).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringContaining('已经加载过'),
    });
    const count = async () => (await withSystemTx(t.db, (tx) => tx.select().from(tenants))).length;
    const before = await count();
    await expect(loadDemo(t.deps, { via: 'cli', password: 'weak' })).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
    });
    expect(await count()).toBe(before);
  });

  it('gives every task a category and most targets a reported value, so every chart shows something real', async () => {
    const [tenant] = await withSystemTx(t.db, (tx) =>
      tx.select().from(tenants).where(eq(tenants.code, 'demo')),
    );
    const tenantId = tenant?.id ?? '';
    const demoTasks = await withSystemTx(t.db, (tx) =>
      tx.select({ category: tasks.category }).from(tasks).where(eq(tasks.tenantId, tenantId)),
    );
    expect(demoTasks).toHaveLength(26);
    expect(demoTasks.filter((x) => !x.category)).toEqual([]);
    expect(new Set(demoTasks.map((x) => x.category)).size).toBeGreaterThanOrEqual(4);
    const targets = await withSystemTx(t.db, (tx) =>
      tx
        .select({ id: taskTargets.id, placeholder: taskTargets.placeholder })
        .from(taskTargets)
        .where(eq(taskTargets.tenantId, tenantId)),
    );
    const reported = new Set(
      (
        await withSystemTx(t.db, (tx) =>
          tx
            .selectDistinct({ id: reportIndicatorValues.targetId })
            .from(reportIndicatorValues)
            .where(eq(reportIndicatorValues.tenantId, tenantId)),
        )
      ).map((r) => r.id),
    );
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((x) => reported.has(x.id)).length / targets.length).toBeGreaterThanOrEqual(0.8);
  });

  it('plays a dozen key projects with reports, lagging nodes and photos, most of them on the public board', async () => {
    expect(result.projects).toMatchObject({ projects: 12, publicProjects: 9 });
    expect(result.projects.reports).toBeGreaterThanOrEqual(20);
    expect(result.publicBoardPath).toBe('/public/demo/projects');
    const board = (await t.app.inject({ method: 'GET', url: '/public/api/demo/projects' })).json();
    expect(board.projects).toHaveLength(9);
    const lights = board.projects.map((p: { light: string }) => p.light);
    expect(lights.filter((l: string) => l !== 'green').length).toBeGreaterThan(0);
    const late = board.projects.flatMap((p: { nodes: Array<{ late: boolean }> }) =>
      p.nodes.filter((n) => n.late),
    );
    expect(late.length).toBeGreaterThan(0);
    const page = await t.app.inject({ method: 'GET', url: result.publicBoardPath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('示范区（演示）2026年重点项目推进甘特图');
  });

  it("has a joint review with one department late, and last Saturday's meeting held with its minutes", async () => {
    const office = await cookieOf('demo-supervisor');
    await checks.expectDemoJointReviews((url) => get(office, url));
    const status = async (url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: { cookie: office } })).statusCode;
    await checks.expectDemoMeeting((url) => get(office, url), status);
  });

  it('has open blockers at every level, some resolved, and an open survey with answers and unused codes', async () => {
    const office = await cookieOf('demo-supervisor');
    await checks.expectDemoBlockers((url) => get(office, url));
    await checks.expectDemoSurvey((url) => get(office, url), result.survey, t.app);
  });

  it('has public tasks, messages in every state, and the year published with appeals upheld, rejected, waiting', async () => {
    const office = await cookieOf('demo-supervisor');
    await checks.expectDemoPublic((url) => get(office, url), result.public, t.app);
    await checks.expectDemoAppeals((url) => get(office, url), result.appeals, t.app);
  });

  it('shows responsibility all the way down: sections, sub-tasks, shares, target split, acceptance, ratings', () =>
    checks.expectDemoResponsibility(cookieOf, get));

  it('writes the audit chain of the demo district whole, ending with demo.loaded', async () => {
    const [tenant] = await withSystemTx(t.db, (tx) =>
      tx.select().from(tenants).where(eq(tenants.code, 'demo')),
    );
    const loaded = await withSystemTx(t.db, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, tenant?.id ?? ''), eq(auditEvents.action, 'demo.loaded'))),
    );
    expect(loaded).toHaveLength(1);
    const verified = await withSystemTx(t.db, (tx) => verifyAuditChains(tx));
    expect(verified.ok).toBe(true);
  });
});

describe('luoshi demo refuses a name that is taken', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => t.close());
  it('names the district in use and changes nothing', async () => {
    await expect(loadDemo(t.deps, { via: 'cli', name: '测试区' })).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringContaining('测试区'),
    });
    const demo = await withSystemTx(t.db, (tx) => tx.select().from(tenants).where(eq(tenants.code, 'demo')));
    expect(demo).toHaveLength(0);
  });
});

describe('the internal demo route', () => {
  let t: TestApp;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const token = 'test-token-' + randomUUID();
  beforeAll(async () => {
    t = await createTestApp('pglite');
    app = await buildApp(t.deps, { cliToken: token });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const post = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/internal/demo', headers, payload: {}, remoteAddress });
  const refusals = async () =>
    withSystemTx(t.db, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(isNull(auditEvents.tenantId), eq(auditEvents.action, 'demo.refused'))),
    );

  it('refuses without the token or with a wrong one, and audits it', async () => {
    expect((await post({})).statusCode).toBe(401);
    expect((await post({ authorization: 'Bearer nope' })).statusCode).toBe(401);
    expect((await refusals()).map((e) => (e.diff as { after: { reason: string } }).after.reason)).toEqual([
      'no token',
      'wrong token',
    ]);
  });

  it('does not exist for another address, nor through a proxy, even with the token', async () => {
    expect((await post({ authorization: `Bearer ${token}` }, '10.1.2.3')).statusCode).toBe(404);
    expect((await post({ authorization: `Bearer ${token}`, 'x-forwarded-for': '10.1.2.3' })).statusCode).toBe(
      404,
    );
    expect((await refusals()).length).toBe(4);
  });

  it('is not in the public API document, and not there at all without a token', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.body).not.toContain('/api/internal/demo');
    const direct = {
      method: 'POST',
      url: '/api/internal/demo',
      payload: {},
      remoteAddress: '127.0.0.1',
    } as const;
    expect((await t.app.inject(direct)).statusCode).toBe(404);
  });
});

describe('luoshi demo on a PGlite folder no server holds', () => {
  const dataDir = resolve('.tmp', `demo-direct-${randomUUID()}`);
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads directly and prints accounts that all log in once the server starts; a second load is refused', async () => {
    // A year replayed through the use cases: ~15 s of CPU, longer on a loaded machine.
    const run = runCli(['demo'], { dataDir, databaseUrl: undefined }, {}, 360_000);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/通过正在运行的服务器/);
    const printedPassword = /password of every demo account:\s+(\S+)/.exec(run.stdout)?.[1] ?? '';
    // The table's columns are padded with two spaces or more; the closing hints name accounts with one.
    const usernames = [...run.stdout.matchAll(/^\S.*?\s{2,}(demo-[a-z0-9-]+)\s{2,}/gm)].map(
      (m) => m[1] as string,
    );
    expect(usernames).toHaveLength(36);
    expect(printedPassword.length).toBeGreaterThanOrEqual(12);
    expect(run.stdout).toMatch(
      /demo\/tasks\s[\s\S]*demo\/results\s[\s\S]*demo\/feedback\s[\s\S]*回执码.*[A-Z2-9]{4}-/,
    );

    const again = runCli(['demo'], { dataDir, databaseUrl: undefined });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/已经加载过/);

    server = await startServerProcess({
      LUOSHI_DATA_DIR: dataDir,
      LUOSHI_JOBS: 'off',
      LUOSHI_LOGIN_RATE_LIMIT: '1000',
    });
    for (const username of usernames) {
      const res = await fetch(`${server.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: printedPassword }),
      });
      expect(res.status, username).toBe(200);
      expect(
        ((await res.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword,
        username,
      ).toBe(false);
    }
  }, 600_000);
});

describe('luoshi demo while the server runs on PGlite', () => {
  let server: ServerProcess;
  const dataDir = resolve('.tmp', `demo-server-${randomUUID()}`);
  beforeAll(async () => {
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
    server = await startServerProcess({ LUOSHI_DATA_DIR: dataDir, LUOSHI_JOBS: 'off' });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves its token readable by its owner only', async () => {
    const file = join(dataDir, '.cli-token');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      port: Number(new URL(server.base).port),
    });
  });

  it('loads through the server; demo-supervisor logs in over HTTP; a second run is refused', async () => {
    const run = runCli(['demo', '--password', password], { dataDir, databaseUrl: undefined }, {}, 360_000);
    expect(run.stderr, run.stdout).not.toMatch(/错误/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/通过正在运行的服务器/);
    expect(run.stdout).toMatch(/demo-supervisor/);
    expect(run.stdout).toContain(password);
    expect(run.stdout).toContain(`http://127.0.0.1:${new URL(server.base).port}`);
    const res = await fetch(`${server.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo-supervisor', password }),
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const lights = await fetch(`${server.base}/api/v1/tasks?light=red`, { headers: { cookie } });
    expect(((await lights.json()) as { total: number }).total).toBeGreaterThan(0);

    const again = runCli(['demo'], { dataDir, databaseUrl: undefined });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/DUPLICATE/);
    expect(again.stderr).toMatch(/已经加载过/);
  }, 600_000);
});

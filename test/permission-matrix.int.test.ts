import { randomUUID } from 'node:crypto';
/**
 * Every route × every role (and no session): allowed, 401, 403 or 404. A route added without a line here
 * fails the first test, so the matrix cannot fall behind the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/domain/roles';
import { roles } from '../src/domain/roles';
import { listRoutes } from '../src/server/app';
import { business, everyone, moreRules, type Rule } from './helpers/permission-rules';
import { buildDecisionWithTask, buildTenant, buildUnit, buildUser, loginAs } from './helpers/factories';
import { blockerRules } from './permission-matrix-blockers';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';
import { jointReviewRules } from './helpers/permission-rules-joint-reviews';
import { meetingRules } from './permission-matrix.meetings';
import { followMatrix } from './helpers/permission-matrix-follow';
import { responsibilityRules } from './helpers/permission-rules-issue15-16';
import { publicRules } from './helpers/permission-rules-public';
import { systemRules } from './helpers/permission-rules-system';

type Caller = Role | 'anonymous';

let seq = 0;
const matrix: Record<string, Rule> = {
  'POST /api/v1/auth/login': {
    allowed: 'public',
    body: () => ({ username: 'nobody', password: 'Wrong#pass1' }),
  },
  'POST /api/v1/auth/logout': { allowed: everyone },
  'POST /api/v1/auth/password': {
    allowed: everyone,
    body: () => ({ oldPassword: 'Wrong#pass1', newPassword: 'Another#pass2' }),
  },
  'GET /api/v1/me': { allowed: everyone },
  // TOTP: a session in good standing gets past the gate; without a pending factor or secret the answer is 409.
  'POST /api/v1/auth/totp/verify': { allowed: everyone, body: () => ({ code: '123456' }) },
  'POST /api/v1/auth/totp/setup': { allowed: everyone },
  'POST /api/v1/auth/totp/enable': { allowed: everyone, body: () => ({ code: '123456' }) },
  'POST /api/v1/auth/totp/disable': {
    allowed: everyone,
    body: () => ({ password: 'Wrong#pass1', code: '123456' }),
  },
  'GET /api/v1/units': { allowed: ['admin', ...business] },
  'GET /api/v1/calendar': { allowed: ['admin', ...business] },
  // :date is a day of this district's calendar: the PUT above sets it, the DELETE removes it again.
  'PUT /api/v1/calendar/days/:date': { allowed: ['supervisor'], body: () => ({ kind: 'holiday' }) },
  'DELETE /api/v1/calendar/days/:date': { allowed: ['supervisor'], query: '?version=1' },
  'POST /api/v1/units': {
    allowed: ['admin'],
    body: () => ({ name: '矩阵单位', code: `M${seq++}`, kind: 'other' }),
  },
  'PATCH /api/v1/units/:id': { allowed: ['admin'], body: () => ({ version: 1, name: '改名' }) },
  'GET /api/v1/users': { allowed: ['admin'] },
  'POST /api/v1/users': {
    allowed: ['admin'],
    body: () => ({ username: `matrix${seq++}`, displayName: '矩阵', roles: ['leader'] }),
  },
  'PATCH /api/v1/users/:id': { allowed: ['admin'], body: () => ({ version: 1, displayName: '改名' }) },
  'POST /api/v1/users/:id/reset-password': { allowed: ['admin'] },
  'POST /api/v1/users/:id/unlock': { allowed: ['admin'] },
  'POST /api/v1/users/:id/reset-totp': { allowed: ['admin'] },
  'GET /api/v1/audit': { allowed: ['auditor'] },
  'GET /api/v1/audit/verify': { allowed: ['auditor'] },
  'GET /api/v1/audit/actors': { allowed: ['auditor'] },
  'GET /api/v1/audit/export': { allowed: ['auditor'] },
  'GET /api/v1/decisions': { allowed: ['supervisor', 'leader'] },
  'POST /api/v1/decisions': {
    allowed: ['supervisor'],
    body: () => ({ title: '矩阵决策', kind: 'plenary', date: '2024-01-05', source: 'district_direct' }),
  },
  'POST /api/v1/decisions/upload': { allowed: ['supervisor'] },
  'GET /api/v1/decisions/:id': { allowed: ['supervisor', 'leader'] },
  'PATCH /api/v1/decisions/:id': { allowed: ['supervisor'], body: () => ({ version: 1, title: '改名' }) },
  'DELETE /api/v1/decisions/:id': { allowed: ['supervisor'], query: '?version=1' },
  'POST /api/v1/decisions/:id/extract': { allowed: ['supervisor'] },
  'POST /api/v1/decisions/:id/publish': { allowed: ['supervisor'] },
  'POST /api/v1/decisions/:id/import': { allowed: ['supervisor'] },
  'POST /api/v1/decisions/:id/drafts/merge': {
    allowed: ['supervisor'],
    body: () => ({ items: [randomUUID(), randomUUID()].map((id) => ({ id, version: 1 })) }),
  },
  'POST /api/v1/decisions/:id/sections/:sectionId/draft': { allowed: ['supervisor'] },
  'GET /api/v1/tasks': { allowed: business },
  'GET /api/v1/tasks/export': { allowed: business },
  'GET /api/v1/tasks/ledger-sheet': { allowed: business },
  'GET /api/v1/tasks/:id': { allowed: business },
  'POST /api/v1/tasks': {
    allowed: ['supervisor'],
    body: () => ({
      decisionId: '00000000-0000-7000-8000-000000000009',
      title: '矩阵任务',
      leadUnitId: '00000000-0000-7000-8000-000000000009',
      startDate: '2024-01-01',
      dueDate: '2024-12-31',
    }),
  },
  'PATCH /api/v1/tasks/:id': { allowed: ['supervisor'], body: () => ({ version: 1, title: '改名' }) },
  'DELETE /api/v1/tasks/:id': { allowed: ['supervisor'], query: '?version=1' },
  'POST /api/v1/tasks/bulk-update': {
    allowed: ['supervisor'],
    body: () => ({
      items: [{ id: '00000000-0000-7000-8000-000000000009', version: 1 }],
      changes: { responsiblePerson: '张三' },
    }),
    allowedStatus: 404,
  },
  'GET /api/v1/leaders': { allowed: ['supervisor', 'leader'] },
  'POST /api/v1/tasks/:id/accept': { allowed: business },
  // Batch routes name an id of no task: an allowed caller gets past the policy and is refused per task (422).
  'POST /api/v1/tasks/accept-batch': {
    allowed: business,
    body: () => ({ taskIds: ['00000000-0000-7000-8000-000000000009'] }),
    allowedStatus: 422,
  },
  'POST /api/v1/reports/unchanged': {
    allowed: business,
    body: () => ({ period: '2024-03', taskIds: ['00000000-0000-7000-8000-000000000009'] }),
    allowedStatus: 422,
  },
  'POST /api/v1/tasks/:id/status': {
    allowed: ['supervisor'],
    body: () => ({ action: 'suspend', reason: '测试', version: 1 }),
  },
  'PUT /api/v1/tasks/:id/milestones': {
    allowed: business,
    body: () => [{ title: '节点', dueDate: '2024-06-30' }],
  },
  'POST /api/v1/milestones/:id/complete': { allowed: business },
  'POST /api/v1/tasks/:id/reports': {
    allowed: business,
    body: () => ({ period: '2024-03', progress: 10, narrative: '进展' }),
  },
  'GET /api/v1/tasks/:id/reports': { allowed: business },
  'POST /api/v1/reports/:id/sign': { allowed: business },
  'POST /api/v1/reports/:id/review': { allowed: ['supervisor'], body: () => ({ decision: 'approve' }) },
  'GET /api/v1/reports/review-queue': { allowed: ['supervisor'] },
  'POST /api/v1/tasks/:id/extension-requests': {
    allowed: business,
    body: () => ({ newDueDate: '2025-06-30', reason: '原因' }),
  },
  'POST /api/v1/tasks/:id/completion-requests': { allowed: business, body: () => ({ summary: '完成' }) },
  'GET /api/v1/tasks/:id/requests': { allowed: business },
  'GET /api/v1/requests/pending': { allowed: ['supervisor'] },
  'POST /api/v1/requests/:id/decide': { allowed: ['supervisor'], body: () => ({ decision: 'approve' }) },
  'POST /api/v1/tasks/:id/instructions': { allowed: ['leader'], body: () => ({ text: '批示' }) },
  'GET /api/v1/tasks/:id/instructions': { allowed: business },
  'GET /api/v1/tasks/:id/catch-up-plans': { allowed: business },
  'POST /api/v1/tasks/:id/catch-up-plans': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ cause: '原因', measures: '措施', milestones: [{ title: '节点', dueDate: '2099-01-01' }] }),
  },
  'POST /api/v1/catch-up-plans/:id/review': {
    allowed: ['supervisor'],
    body: () => ({ decision: 'approve', version: 1 }),
  },
  ...jointReviewRules,
  'POST /api/v1/instructions/:id/replies': { allowed: business, body: () => ({ text: '回复' }) },
  'GET /api/v1/lights': { allowed: business },
  'GET /api/v1/inbox': { allowed: everyone },
  'POST /api/v1/inbox/:id/read': { allowed: everyone },
  'POST /api/v1/inbox/read-all': { allowed: everyone },
  'GET /api/v1/cases': { allowed: business },
  'POST /api/v1/cases': {
    allowed: ['supervisor'],
    body: () => ({
      title: '督办',
      origin: 'complaint',
      level: 'general',
      requirements: '要求',
      deadline: '2024-06-30',
      unitIds: ['00000000-0000-7000-8000-000000000009'],
    }),
  },
  'GET /api/v1/cases/:id': { allowed: business },
  'POST /api/v1/cases/:id/answer': { allowed: business, body: () => ({ answer: '答复' }) },
  'POST /api/v1/cases/:id/decide': { allowed: ['supervisor'], body: () => ({ action: 'close', version: 1 }) },
  'POST /api/v1/inspections': {
    allowed: ['supervisor'],
    body: () => ({ date: '2024-05-01', team: '督查组', places: '现场' }),
  },
  'GET /api/v1/rectifications': { allowed: business },
  'POST /api/v1/rectifications/:id/submit': {
    allowed: business,
    body: () => ({ measures: '措施', version: 1 }),
  },
  'POST /api/v1/rectifications/:id/verify': {
    allowed: business,
    body: () => ({ decision: 'verify', version: 1 }),
  },
  'GET /api/v1/interviews': { allowed: business },
  'POST /api/v1/interviews': {
    allowed: ['supervisor'],
    body: () => ({
      date: '2024-05-01',
      unitId: '00000000-0000-7000-8000-000000000009',
      person: '某某',
      reason: '事由',
    }),
  },
  'GET /api/v1/accountability': { allowed: business },
  'POST /api/v1/bulletins': { allowed: ['supervisor'], body: () => ({ period: '2024-01' }) },
  'GET /api/v1/bulletins': { allowed: business },
  'GET /api/v1/bulletins/:id/document': { allowed: business },
  // Issue 16: publishing bulletins, their praise and criticism, 容错纠错 (test/helpers/permission-matrix-follow.ts).
  ...followMatrix,
  'GET /api/v1/assessment/schemes': { allowed: business, query: '?year=2024' },
  'POST /api/v1/assessment/schemes': {
    allowed: ['supervisor'],
    body: () => ({ year: 2024, scheme: { name: 'x' } }),
    allowedStatus: 422,
  },
  'POST /api/v1/assessment/schemes/:id/publish': { allowed: ['supervisor'] },
  'POST /api/v1/assessment/preview': {
    allowed: ['supervisor'],
    body: () => ({ year: 2024, scheme: { name: 'x' } }),
    allowedStatus: 422,
  },
  'GET /api/v1/assessment/entries': { allowed: business, query: '?year=2024' },
  'POST /api/v1/assessment/entries': {
    allowed: ['supervisor'],
    body: () => ({
      kind: 'satisfaction',
      year: 2024,
      unitId: '00000000-0000-7000-8000-000000000009',
      period: '2024',
      score: 90,
    }),
    allowedStatus: 422,
  },
  'POST /api/v1/assessment/entries/:id/verify': { allowed: ['supervisor'] },
  'GET /api/v1/assessment/results': { allowed: business, query: '?year=2024' },
  'GET /api/v1/assessment/results/export': { allowed: business, query: '?year=2024' },
  'GET /api/v1/assessment/results/document': { allowed: ['supervisor', 'leader'], query: '?year=2024' },
  'GET /api/v1/assessment/achievements': { allowed: business, query: '?year=2024' },
  // A cadre declares for himself, so he must belong to a unit (the matrix's supervisor and leader do not).
  'POST /api/v1/assessment/achievements': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ year: 2024, title: '矩阵政绩' }),
  },
  'PATCH /api/v1/assessment/achievements/:id': {
    allowed: business,
    body: () => ({ version: 1, title: '改名' }),
  },
  'POST /api/v1/assessment/achievements/:id/verify': {
    allowed: ['supervisor'],
    body: () => ({ version: 1 }),
  },
  'POST /api/v1/assessment/achievements/:id/reject': {
    allowed: ['supervisor'],
    body: () => ({ version: 1, comment: '理由' }),
  },
  'GET /api/v1/cockpit': { allowed: ['supervisor', 'leader'] },
  'GET /api/v1/analysis/quarterly': { allowed: ['supervisor', 'leader'], query: '?year=2024&quarter=1' },
  'GET /api/v1/analysis/quarterly/document': {
    allowed: ['supervisor', 'leader'],
    query: '?year=2024&quarter=1',
  },
  'GET /api/v1/settings': { allowed: everyone },
  'GET /api/v1/settings/abilities': { allowed: everyone },
  // Security settings are the security officer's; the others the administrator's (test/security/auth-findings).
  'PATCH /api/v1/settings': { allowed: ['security_officer'], body: () => ({ 'session.idleMinutes': 30 }) },
  'POST /api/v1/assessment/results/:year/finalize': { allowed: ['supervisor'], body: () => ({}) },
  'GET /api/v1/projects/board.png': { allowed: ['supervisor'] },
  'GET /api/v1/projects/board.pdf': { allowed: ['supervisor'] },
  'GET /api/v1/projects/board/settings': { allowed: ['supervisor'] },
  'PUT /api/v1/projects/board/settings': {
    allowed: ['supervisor'],
    body: () => ({ publicFields: ['name'], projectIds: [] }),
  },
  'POST /api/v1/projects/import': { allowed: ['supervisor'] },
  'GET /api/v1/projects/export.xlsx': { allowed: business },
  'GET /api/v1/projects/investment.xlsx': { allowed: ['supervisor', 'leader'] },
  'POST /api/v1/accountability': {
    allowed: ['supervisor'],
    body: () => ({
      type: 'admonishment',
      date: '2024-05-01',
      unitId: '00000000-0000-7000-8000-000000000009',
      reason: '事由',
    }),
  },
  // Key projects (issue #13). Inner ids (:nodeId …) stay literal: the project (another district's) is 404 first.
  'GET /api/v1/projects': { allowed: business },
  'POST /api/v1/projects': {
    allowed: ['supervisor'],
    body: () => ({ name: '矩阵项目', type: '工业', source: 'government', year: 2026 }),
  },
  'GET /api/v1/projects/lights': { allowed: business },
  'GET /api/v1/projects/gantt': { allowed: business, query: '?groupBy=type' },
  'GET /api/v1/projects/:id': { allowed: business },
  'PATCH /api/v1/projects/:id': { allowed: ['supervisor'], body: () => ({ version: 1, name: '改名' }) },
  'DELETE /api/v1/projects/:id': { allowed: ['supervisor'], query: '?version=1' },
  'GET /api/v1/projects/:id/nodes': { allowed: business },
  'PUT /api/v1/projects/:id/nodes': { allowed: ['supervisor'], body: () => ({ version: 1, nodes: [] }) },
  'PATCH /api/v1/projects/:id/nodes/:nodeId': {
    allowed: ['supervisor'],
    body: () => ({ version: 1, plannedStart: '2026-01-01', plannedEnd: '2026-02-01' }),
  },
  'POST /api/v1/projects/:id/baseline': { allowed: ['supervisor'], body: () => ({}) },
  'GET /api/v1/projects/:id/reports': { allowed: business },
  'POST /api/v1/projects/:id/reports': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ year: 2026, month: 1, amount: '10.00' }),
  },
  'PATCH /api/v1/projects/:id/reports/:reportId': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ version: 1, amount: '1.00' }),
  },
  'POST /api/v1/projects/:id/reports/:reportId/approve': { allowed: ['supervisor'], body: () => ({}) },
  'POST /api/v1/projects/:id/reports/:reportId/return': {
    allowed: ['supervisor'],
    body: () => ({ comment: '数据有误' }),
  },
  'POST /api/v1/projects/:id/photos': { allowed: ['supervisor', 'unit_head', 'unit_operator'] },
  'GET /api/v1/projects/:id/photos/:photoId': { allowed: business },
  ...moreRules,
  ...meetingRules,
  ...blockerRules,
  ...responsibilityRules,
  ...publicRules,
  ...systemRules,
};

describe.each(dbKinds())('permission matrix on %s', (kind) => {
  let t: TestApp;
  let foreign: { unitId: string; userId: string; decisionId: string; taskId: string };
  let ownUnitId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ownUnitId = (await buildUnit(t)).id;
    const other = await buildTenant(t);
    foreign = {
      unitId: (await buildUnit(t, { tenantId: other })).id,
      userId: (await buildUser(t, { tenantId: other, roles: ['leader'] })).id,
      ...(await buildDecisionWithTask(t, { tenantId: other })),
    };
  });
  afterAll(async () => t.close());

  it('has a rule for every route', () => {
    const routes = listRoutes(t.app).map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((k) => !routes.includes(k))).toEqual([]);
  });

  const callers: Caller[] = ['anonymous', ...roles];
  for (const [route, rule] of Object.entries(matrix)) {
    it(`${route}`, async () => {
      const [method, pattern] = route.split(' ') as [string, string];
      for (const caller of callers) {
        const cookie =
          caller === 'anonymous'
            ? undefined
            : await loginAs(
                t,
                await buildUser(t, {
                  roles: [caller],
                  unitId: caller.startsWith('unit_') ? ownUnitId : null,
                }),
              );
        // An :id always names another district's object: allowed callers must get 404, never its data.
        const foreignId = pattern.includes('/users/')
          ? foreign.userId
          : pattern.includes('/decisions/')
            ? foreign.decisionId
            : pattern.includes('/units/')
              ? foreign.unitId
              : foreign.taskId;
        const url =
          pattern.replace(':id', foreignId).replace(':year', '2023').replace(':date', '2026-03-09') +
          (rule.query ?? '');
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          ...(cookie ? { headers: { cookie } } : {}),
          ...(rule.body ? { payload: rule.body() as object } : {}),
        });
        const allowed =
          rule.allowed === 'public' || (caller !== 'anonymous' && rule.allowed.includes(caller));
        const label = `${route} as ${caller}: ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (!allowed) {
          expect(res.statusCode, label).toBe(caller === 'anonymous' ? 401 : 403);
        } else if (rule.allowedStatus) {
          expect([rule.allowedStatus].flat(), label).toContain(res.statusCode);
        } else if (pattern.includes(':id')) {
          expect(res.statusCode, label).toBe(404);
        } else {
          // Allowed means past the session and the policy: a validation or credential answer is fine.
          const code = res.statusCode >= 400 ? (res.json() as { error: { code: string } }).error.code : 'OK';
          expect(
            ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'PASSWORD_CHANGE_REQUIRED'],
            label,
          ).not.toContain(code);
          expect(res.statusCode, label).toBeLessThan(500);
        }
      }
    });
  }
});

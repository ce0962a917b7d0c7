/** A district for the project tests: a street office, a command post, a bystander unit, leaders, another district. */
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, type DbKind, type TestApp } from '../../../../test/helpers/test-app';
import type { TProject } from './projects.schemas';

export type Who = 'sup' | 'leader' | 'leader2' | 'opA' | 'headA' | 'opB' | 'opC' | 'admin' | 'foreignSup';

export interface ProjectWorld {
  t: TestApp;
  streetA: string;
  deptB: string;
  deptC: string;
  ids: Record<Who, string>;
  cookies: Record<Who, string>;
  call(
    who: Who,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<{
    statusCode: number;
    body: string;
    json(): unknown;
    headers: Record<string, unknown>;
    rawPayload: Buffer;
  }>;
  /** Registers a project with the street office A, command post B and `leader` (overrides merged). */
  create(over?: Record<string, unknown>): Promise<TProject>;
}

/** Today is 2026-04-20 in Asia/Shanghai; projects are of the plan year 2026. */
export async function buildProjectWorld(kind: DbKind): Promise<ProjectWorld> {
  const t = await createTestApp(kind);
  t.clock.set('2026-04-20T02:00:00Z');
  const streetA = (await buildUnit(t, { kind: 'street', name: '东城街道' })).id;
  const deptB = (await buildUnit(t, { name: '项目指挥部' })).id;
  const deptC = (await buildUnit(t, { name: '无关单位' })).id;
  const other = await buildTenant(t);
  const users: Record<Who, Awaited<ReturnType<typeof buildUser>>> = {
    sup: await buildUser(t, { roles: ['supervisor'], displayName: '督查室' }),
    leader: await buildUser(t, { roles: ['leader'], displayName: '王区长' }),
    leader2: await buildUser(t, { roles: ['leader'], displayName: '李副区长' }),
    opA: await buildUser(t, { roles: ['unit_operator'], unitId: streetA, displayName: '街道联络员' }),
    headA: await buildUser(t, { roles: ['unit_head'], unitId: streetA }),
    opB: await buildUser(t, { roles: ['unit_operator'], unitId: deptB }),
    opC: await buildUser(t, { roles: ['unit_operator'], unitId: deptC }),
    admin: await buildUser(t, { roles: ['admin'] }),
    foreignSup: await buildUser(t, { roles: ['supervisor'], tenantId: other }),
  };
  const cookies = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  for (const [who, user] of Object.entries(users) as Array<[Who, (typeof users)[Who]]>) {
    cookies[who] = await loginAs(t, user);
    ids[who] = user.id;
  }
  const call: ProjectWorld['call'] = (who, method, url, payload) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] }, ...(payload ? { payload } : {}) });
  const create: ProjectWorld['create'] = async (over = {}) => {
    const res = await call('sup', 'POST', '/api/v1/projects', {
      name: '智能制造产业园',
      type: '工业',
      source: 'investment_signed',
      stage: 'construction',
      year: 2026,
      totalInvestment: '50000.00',
      annualPlan: '1200.00',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-12-31',
      leaderIds: [ids.leader],
      units: [
        { unitId: streetA, role: 'street' },
        { unitId: deptB, role: 'command_post' },
      ],
      monthlyPlan: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, amount: '100.00' })),
      ...over,
    });
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
    return res.json() as TProject;
  };
  return { t, streetA, deptB, deptC, ids, cookies, call, create };
}

/** The field paths of a 422 answer. */
export function fieldsOf(res: { json(): unknown }): string[] {
  const body = res.json() as { error: { details?: { fields?: Array<{ path: string }> } } };
  return (body.error.details?.fields ?? []).map((f) => f.path);
}

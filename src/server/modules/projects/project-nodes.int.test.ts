import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, fieldsOf, type ProjectWorld } from './projects.fixtures.test-helpers';
import type { TGantt, TProject, TProjectNode, TProjectNodes } from './projects.schemas';

describe.each(dbKinds())('key projects: nodes, baseline and the Gantt on %s', (kind) => {
  let w: ProjectWorld;
  beforeAll(async () => {
    w = await buildProjectWorld(kind);
  });
  afterAll(async () => w.t.close());

  const plan = (ids: { a: string; b: string; c: string }) => [
    {
      id: ids.a,
      name: '立项',
      kind: 'procedure',
      unitId: w.deptB,
      plannedStart: '2026-01-05',
      plannedEnd: '2026-02-10',
      dependsOn: [] as string[],
    },
    {
      id: ids.b,
      name: '施工许可',
      kind: 'procedure',
      unitId: null,
      plannedStart: '2026-02-11',
      plannedEnd: '2026-04-10',
      dependsOn: [ids.a],
    },
    {
      id: ids.c,
      name: '主体封顶',
      kind: 'construction',
      plannedStart: '2026-04-11',
      plannedEnd: '2026-10-31',
      dependsOn: [ids.a, ids.b],
    },
  ];

  it('plans nodes with dependencies, answers them in order with lateness, and advances the project version', async () => {
    const p = await w.create();
    const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID() };
    const res = await w.call('sup', 'PUT', `/api/v1/projects/${p.id}/nodes`, {
      version: 1,
      nodes: plan(ids),
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as TProjectNodes).items;
    expect(items.map((n) => n.name)).toEqual(['立项', '施工许可', '主体封顶']);
    expect(items[2]?.dependsOn.sort()).toEqual([ids.a, ids.b].sort());
    expect(items[0]).toMatchObject({ unitName: '项目指挥部', baselineStart: null, late: true, sort: 0 });
    expect(items[1]?.late).toBe(true); // ended 2026-04-10, today is 2026-04-20
    expect(items[2]?.late).toBe(false);
    const after = (await w.call('sup', 'GET', `/api/v1/projects/${p.id}`)).json() as TProject;
    expect(after.version).toBe(2);
    // 立项 is 69 days overdue (red), and nothing of the plan to date is reported.
    expect(after.light).toBe('red');
    expect(after.lightReasons).toEqual(['investment_behind', 'node_overdue', 'no_report']);
    for (const who of ['opA', 'opB', 'leader'] as const)
      expect((await w.call(who, 'GET', `/api/v1/projects/${p.id}/nodes`)).statusCode).toBe(200);
    expect((await w.call('opC', 'GET', `/api/v1/projects/${p.id}/nodes`)).statusCode).toBe(404);
    expect((await w.call('foreignSup', 'GET', `/api/v1/projects/${p.id}/nodes`)).statusCode).toBe(404);
    // Replacing again keeps ids given, drops the rest; a stale project version is 409.
    const stale = await w.call('sup', 'PUT', `/api/v1/projects/${p.id}/nodes`, { version: 1, nodes: [] });
    expect(stale.statusCode).toBe(409);
    const again = await w.call('sup', 'PUT', `/api/v1/projects/${p.id}/nodes`, {
      version: 2,
      nodes: plan(ids).slice(0, 2),
    });
    expect((again.json() as TProjectNodes).items.map((n) => n.id)).toEqual([ids.a, ids.b]);
  });

  it('refuses an end before its start, a cycle and an unknown dependency, naming the node, changing nothing', async () => {
    const p = await w.create();
    const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID() };
    const put = (nodes: object[]) =>
      w.call('sup', 'PUT', `/api/v1/projects/${p.id}/nodes`, { version: 1, nodes });
    const backwards = plan(ids);
    backwards[1] = { ...backwards[1]!, plannedEnd: '2026-02-01' };
    let res = await put(backwards);
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['nodes.1.plannedEnd']);
    const cycle = plan(ids);
    cycle[0] = { ...cycle[0]!, dependsOn: [ids.c] };
    res = await put(cycle);
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['nodes.0.dependsOn']);
    res = await put([{ ...plan(ids)[1]!, dependsOn: [randomUUID()] }]);
    expect(fieldsOf(res)).toEqual(['nodes.0.dependsOn']);
    res = await put([{ ...plan(ids)[0]!, plannedStart: '2026-13-01' }]);
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['nodes.0.plannedStart']);
    // Another project's node id cannot be taken over.
    const other = await w.create();
    await w.call('sup', 'PUT', `/api/v1/projects/${other.id}/nodes`, { version: 1, nodes: [plan(ids)[0]] });
    res = await put([plan(ids)[0]!]);
    expect(fieldsOf(res)).toEqual(['nodes.0.id']);
    expect(
      ((await w.call('sup', 'GET', `/api/v1/projects/${p.id}/nodes`)).json() as TProjectNodes).items,
    ).toEqual([]);
    expect(
      (await w.call('opA', 'PUT', `/api/v1/projects/${p.id}/nodes`, { version: 1, nodes: [] })).statusCode,
    ).toBe(403);
  });

  it('baselines, re-plans a node by drag (baseline kept, version checked, audited), re-baselines only with a reason', async () => {
    const p = await w.create();
    const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID() };
    await w.call('sup', 'PUT', `/api/v1/projects/${p.id}/nodes`, { version: 1, nodes: plan(ids) });
    const base = await w.call('sup', 'POST', `/api/v1/projects/${p.id}/baseline`, {});
    expect(base.statusCode, base.body).toBe(200);
    expect((base.json() as TProject).baselinedAt).not.toBeNull();
    const drag = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}/nodes/${ids.c}`, {
      version: 1,
      plannedStart: '2026-05-01',
      plannedEnd: '2026-11-30',
    });
    expect(drag.statusCode, drag.body).toBe(200);
    expect(drag.json()).toMatchObject({
      plannedStart: '2026-05-01',
      plannedEnd: '2026-11-30',
      baselineStart: '2026-04-11',
      baselineEnd: '2026-10-31',
      version: 2,
    } satisfies Partial<TProjectNode>);
    const stale = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}/nodes/${ids.c}`, {
      version: 1,
      plannedStart: '2026-05-01',
      plannedEnd: '2026-11-30',
    });
    expect(stale.statusCode).toBe(409);
    const backwards = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}/nodes/${ids.c}`, {
      version: 2,
      plannedStart: '2026-05-01',
      plannedEnd: '2026-04-30',
    });
    expect(backwards.statusCode).toBe(422);
    expect(fieldsOf(backwards)).toEqual(['plannedEnd']);
    for (const [who, status] of [
      ['opA', 403],
      ['foreignSup', 404],
    ] as const)
      expect(
        (
          await w.call(who, 'PATCH', `/api/v1/projects/${p.id}/nodes/${ids.c}`, {
            version: 2,
            plannedStart: '2026-05-01',
            plannedEnd: '2026-05-30',
          })
        ).statusCode,
      ).toBe(status);
    const nodeOfOther = await w.call(
      'sup',
      'PATCH',
      `/api/v1/projects/${(await w.create()).id}/nodes/${ids.c}`,
      {
        version: 2,
        plannedStart: '2026-05-01',
        plannedEnd: '2026-05-30',
      },
    );
    expect(nodeOfOther.statusCode).toBe(404);
    const again = await w.call('sup', 'POST', `/api/v1/projects/${p.id}/baseline`, {});
    expect(again.statusCode).toBe(422);
    expect(fieldsOf(again)).toEqual(['reason']);
    const rebase = await w.call('sup', 'POST', `/api/v1/projects/${p.id}/baseline`, { reason: '规划调整' });
    expect(rebase.statusCode).toBe(200);
    const nodes = ((await w.call('sup', 'GET', `/api/v1/projects/${p.id}/nodes`)).json() as TProjectNodes)
      .items;
    expect(nodes.find((n) => n.id === ids.c)?.baselineEnd).toBe('2026-11-30');
  });

  it('answers the portfolio Gantt grouped by type, street or leader, visible projects only', async () => {
    const a = await w.create({ name: '甘特甲', type: '科技', leaderIds: [w.ids.leader, w.ids.leader2] });
    const b = await w.create({
      name: '甘特乙',
      type: '科技',
      units: [{ unitId: w.deptC, role: 'guide' }],
      leaderIds: [],
    });
    await w.call('sup', 'PUT', `/api/v1/projects/${a.id}/nodes`, {
      version: 1,
      nodes: [
        {
          name: '开工',
          kind: 'construction',
          plannedStart: '2026-03-01',
          plannedEnd: '2026-03-31',
          dependsOn: [],
        },
      ],
    });
    const gantt = async (who: 'sup' | 'opC', q: string) =>
      (await w.call(who, 'GET', `/api/v1/projects/gantt?type=科技&${q}`)).json() as TGantt;
    const byLeader = await gantt('sup', 'groupBy=leader');
    expect(byLeader.groupBy).toBe('leader');
    expect(byLeader.groups.map((g) => [g.label, g.rows.map((r) => r.name)])).toEqual([
      ['李副区长', ['甘特甲']],
      ['王区长', ['甘特甲']],
      ['未明确', ['甘特乙']],
    ]);
    const row = byLeader.groups[0]?.rows[0];
    expect(row).toMatchObject({
      projectId: a.id,
      street: '东城街道',
      leaders: ['王区长', '李副区长'],
      light: 'red',
    });
    expect(row?.nodes[0]).toMatchObject({ name: '开工', late: true });
    const byStreet = await gantt('sup', 'groupBy=street');
    expect(byStreet.groups.map((g) => g.label)).toEqual(['东城街道', '未明确']);
    expect((await gantt('sup', 'groupBy=type')).groups.map((g) => g.key)).toEqual(['科技']);
    const none = await gantt('sup', 'asOf=2026-03-15');
    expect(none).toMatchObject({ asOf: '2026-03-15', groupBy: 'none' });
    expect(none.groups[0]?.rows[0]?.nodes[0]?.late).toBe(false);
    const unit = await gantt('opC', 'groupBy=none');
    expect(unit.groups.flatMap((g) => g.rows.map((r) => r.projectId))).toEqual([b.id]);
    expect((await w.call('admin', 'GET', '/api/v1/projects/gantt')).statusCode).toBe(403);
  });
});

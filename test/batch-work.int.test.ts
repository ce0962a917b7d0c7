/**
 * Batch work (issue 18): batch 签收 and 本期无变化 reports — all or nothing, with every task that could not be
 * handled and why; another unit's task is "not found", exactly like a task that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('batch work on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let operator: string;
  let head: string;
  const ids: Record<string, string> = {};
  const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const statusOf = async (key: string) =>
    (await call('GET', `/api/v1/tasks/${ids[key]}`, supervisor)).json().status;
  const failuresOf = (res: {
    json: () => {
      error: { details: { failures: Array<{ taskId: string; code: string; message: string }> } };
    };
  }) =>
    res
      .json()
      .error.details.failures.map((f) => [
        Object.keys(ids).find((k) => ids[k] === f.taskId) ?? f.taskId,
        f.code,
        f.message,
      ]);

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-07-20T02:00:00Z');
    const a = (await buildUnit(t, { name: '区发改委', code: 'FGW' })).id;
    const b = (await buildUnit(t, { name: '区教育局', code: 'JYJ' })).id;
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: a }));
    head = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: a }));
    const decisionId = (
      await call('POST', '/api/v1/decisions', supervisor, {
        title: '区委全会',
        kind: 'plenary',
        date: '2024-01-01',
        source: 'district_direct',
      })
    ).json().id;
    for (const [key, lead, co] of [
      ['T1', a, []],
      ['T2', a, []],
      ['T3', a, []],
      ['OTHER', b, []],
      ['CO', b, [a]],
    ] as const) {
      const res = await call('POST', '/api/v1/tasks', supervisor, {
        decisionId,
        title: `任务${key}`,
        leadUnitId: lead,
        coUnitIds: co,
        startDate: '2024-01-01',
        dueDate: '2024-12-31',
        ...(key === 'T1' ? { targets: [{ indicator: '新增企业', unit: '家', targetValue: 50 }] } : {}),
      });
      expect(res.statusCode).toBe(201);
      ids[key] = res.json().id;
    }
    expect((await call('POST', `/api/v1/decisions/${decisionId}/publish`, supervisor)).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('accepts all or none, listing what could not be accepted and why', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    const refused = await call('POST', '/api/v1/tasks/accept-batch', operator, {
      taskIds: [ids.T1, ids.T2, ids.OTHER, ids.CO, missing],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('BATCH_REFUSED');
    const failures = failuresOf(refused);
    // Another unit's task reads exactly like one that does not exist.
    expect(failures).toEqual([
      ['OTHER', 'NOT_FOUND', '任务不存在'],
      ['CO', 'NOT_LEAD_UNIT', expect.stringContaining('只有牵头单位可以签收')],
      [missing, 'NOT_FOUND', '任务不存在'],
    ]);
    expect([await statusOf('T1'), await statusOf('T2')]).toEqual(['published', 'published']);

    const accepted = await call('POST', '/api/v1/tasks/accept-batch', operator, {
      taskIds: [ids.T1, ids.T2],
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().items.map((x: { status: string }) => x.status)).toEqual([
      'in_progress',
      'in_progress',
    ]);

    const again = await call('POST', '/api/v1/tasks/accept-batch', operator, { taskIds: [ids.T1, ids.T3] });
    expect(again.statusCode).toBe(422);
    expect(failuresOf(again)).toEqual([['T1', 'INVALID_STATUS', expect.stringContaining('推进中')]]);
    expect(await statusOf('T3')).toBe('published');

    const bad = await call('POST', '/api/v1/tasks/accept-batch', operator, { taskIds: [] });
    expect(bad.statusCode).toBe(422);
    expect(
      (await call('POST', '/api/v1/tasks/accept-batch', operator, { taskIds: [ids.T3, ids.T3] })).statusCode,
    ).toBe(422);
  });

  it('reports a period with no change by carrying the last approved figures forward, through the normal review', async () => {
    const task1 = (await call('GET', `/api/v1/tasks/${ids.T1}`, operator)).json();
    const june = await call('POST', `/api/v1/tasks/${ids.T1}/reports`, operator, {
      period: '2024-06',
      progress: 40,
      narrative: '完成招商20家',
      problems: '用地紧张',
      nextSteps: '加快供地',
      indicatorValues: [{ targetId: task1.targets[0].id, value: 20 }],
    });
    expect((await call('POST', `/api/v1/reports/${june.json().id}/sign`, head)).statusCode).toBe(200);
    expect(
      (await call('POST', `/api/v1/reports/${june.json().id}/review`, supervisor, { decision: 'approve' }))
        .statusCode,
    ).toBe(200);

    // T2 has no approved report to carry forward: nothing is written for T1 either.
    const refused = await call('POST', '/api/v1/reports/unchanged', operator, {
      period: '2024-07',
      taskIds: [ids.T1, ids.T2, ids.OTHER],
    });
    expect(refused.statusCode).toBe(422);
    expect(failuresOf(refused)).toEqual([
      ['T2', 'NO_PREVIOUS_REPORT', expect.stringContaining('没有已审核通过的上期进展')],
      ['OTHER', 'NOT_FOUND', '任务不存在'],
    ]);
    expect((await call('GET', `/api/v1/tasks/${ids.T1}/reports`, operator)).json().items).toHaveLength(1);

    const done = await call('POST', '/api/v1/reports/unchanged', operator, {
      period: '2024-07',
      taskIds: [ids.T1],
    });
    expect(done.statusCode).toBe(201);
    const july = done.json().items[0];
    expect(july).toMatchObject({
      period: '2024-07',
      progress: 40,
      status: 'submitted',
      carriedFromPeriod: '2024-06',
      problems: '用地紧张',
      nextSteps: '加快供地',
      indicatorValues: [{ targetId: task1.targets[0].id, value: 20 }],
    });
    expect(july.narrative).toBe('本期无变化（沿用2024年6月进展）。完成招商20家');
    expect((await call('POST', `/api/v1/reports/${july.id}/sign`, head)).statusCode).toBe(200);
    expect(
      (await call('POST', `/api/v1/reports/${july.id}/review`, supervisor, { decision: 'approve' }))
        .statusCode,
    ).toBe(200);
    expect((await call('GET', `/api/v1/tasks/${ids.T1}`, operator)).json().progress).toBe(40);

    const twice = await call('POST', '/api/v1/reports/unchanged', operator, {
      period: '2024-07',
      taskIds: [ids.T1],
    });
    expect(twice.statusCode).toBe(422);
    expect(failuresOf(twice)).toEqual([
      ['T1', 'ALREADY_REPORTED', expect.stringContaining('2024年7月已有进展')],
    ]);
    const quarter = await call('POST', '/api/v1/reports/unchanged', operator, {
      period: '2024-Q3',
      taskIds: [ids.T1],
    });
    expect(quarter.statusCode).toBe(422);
    expect(quarter.json().error.details.fields[0].path).toBe('period');
  });
});

import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { tasks, taskShares, taskTargets } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import type { TAttachment } from '../attachments/attachments.schemas';
import type { TDueShares, TTaskShare, TTaskShareList } from './shares.schemas';

// The manual clock stands at 2024-03-01 (Asia/Shanghai): the open month is 2024-03.
describe.each(dbKinds())('co-units’ shares (配合单位分报) on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const unit: Record<'lead' | 'co' | 'co2' | 'other', string> = { lead: '', co: '', co2: '', other: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const k of Object.keys(unit) as Array<keyof typeof unit>) unit[k] = (await buildUnit(t)).id;
    const users = {
      lead: await buildUser(t, { roles: ['unit_operator'], unitId: unit.lead }),
      co: await buildUser(t, { roles: ['unit_operator'], unitId: unit.co }),
      coHead: await buildUser(t, { roles: ['unit_head'], unitId: unit.co }),
      co2: await buildUser(t, { roles: ['unit_operator'], unitId: unit.co2 }),
      other: await buildUser(t, { roles: ['unit_operator'], unitId: unit.other }),
      sup: await buildUser(t, { roles: ['supervisor'] }),
      leader: await buildUser(t, { roles: ['leader'] }),
    };
    for (const [who, user] of Object.entries(users)) cookies[who] = await loginAs(t, user);
  });
  afterAll(async () => t?.close());

  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] }, ...(payload ? { payload } : {}) });
  /** A running task led by `lead` with `co` and `co2` cooperating, and two targets. */
  const newTask = async (status: 'published' | 'in_progress' = 'in_progress') => {
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.lead, status });
    const targets = [uuidv7(), uuidv7()];
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(tasks)
        .set({ coUnitIds: [unit.co, unit.co2] })
        .where(eq(tasks.id, taskId));
      await tx.insert(taskTargets).values(
        targets.map((id, position) => ({
          id,
          tenantId: t.tenantId,
          taskId,
          position,
          indicator: position === 0 ? '新增城镇就业' : '城镇调查失业率',
          unit: position === 0 ? '人' : '%',
          targetValue: position === 0 ? 3000 : 5.5,
        })),
      );
    });
    return { taskId, targets: targets as [string, string] };
  };
  const upload = async (who: string) => {
    const body = multipart({
      name: '现场照片.pdf',
      type: 'application/pdf',
      bytes: Buffer.from('%PDF-1.4\n'),
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...body.headers, cookie: cookies[who] },
      payload: body.payload,
    });
    return res.json() as TAttachment;
  };
  const list = async (who: string, taskId: string, period = '') =>
    (
      await call(who, 'GET', `/api/v1/tasks/${taskId}/shares${period ? `?period=${period}` : ''}`)
    ).json() as TTaskShareList;
  const shareRow = async (id: string) =>
    withSystemTx(t.db, async (tx) => (await tx.select().from(taskShares).where(eq(taskShares.id, id)))[0]);

  it('a co-unit submits its share with figures and evidence; the lead unit and the office see it, another co-unit does not', async () => {
    const { taskId, targets } = await newTask();
    const photo = await upload('co');
    const res = await call('co', 'POST', `/api/v1/tasks/${taskId}/shares`, {
      period: '2024-03',
      narrative: '本月组织招聘会2场，新增就业420人',
      values: [{ targetId: targets[0], value: 420 }],
      attachmentIds: [photo.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const share = res.json() as TTaskShare;
    expect(share).toMatchObject({
      period: '2024-03',
      status: 'submitted',
      unitId: unit.co,
      values: [{ targetId: targets[0], value: 420 }],
      version: 1,
      abilities: { resubmit: true, return: false },
    });
    expect(share.attachments.map((a) => a.id)).toEqual([photo.id]);

    const lead = await list('lead', taskId);
    expect(lead.period).toBe('2024-03');
    expect(lead.abilities.submit).toBe(false);
    expect(lead.units.map((u) => [u.unitId, u.share?.status ?? null])).toEqual([
      [unit.co, 'submitted'],
      [unit.co2, null],
    ]);
    expect(lead.units[0]?.share?.abilities).toEqual({ resubmit: false, return: true });
    expect(lead.units[0]?.share?.attachments.map((a) => a.id)).toEqual([photo.id]);
    // The lead unit downloads the photo through the share; the other co-unit neither sees the share nor the file.
    expect((await call('lead', 'GET', `/api/v1/attachments/${photo.id}`)).statusCode).toBe(200);
    expect((await call('co2', 'GET', `/api/v1/attachments/${photo.id}`)).statusCode).toBe(404);
    const co2 = await list('co2', taskId);
    expect(co2.units.map((u) => [u.unitId, u.share])).toEqual([[unit.co2, null]]);
    expect(co2.abilities.submit).toBe(true);
    expect((await list('sup', taskId)).units).toHaveLength(2);
    expect((await list('leader', taskId)).units[0]?.share?.values).toEqual([
      { targetId: targets[0], value: 420 },
    ]);
    // An earlier period has nothing yet.
    expect((await list('lead', taskId, '2024-02')).units.every((u) => u.share === null)).toBe(true);
  });

  it('refuses a unit that is not a co-unit (403, 404 if it cannot see the task), a foreign target, a closed or wrong period', async () => {
    const { taskId, targets } = await newTask();
    const body = { period: '2024-03', narrative: '做了工作', values: [{ targetId: targets[1], value: 5.1 }] };
    expect((await call('lead', 'POST', `/api/v1/tasks/${taskId}/shares`, body)).statusCode).toBe(403);
    expect((await call('sup', 'POST', `/api/v1/tasks/${taskId}/shares`, body)).statusCode).toBe(403);
    expect((await call('other', 'POST', `/api/v1/tasks/${taskId}/shares`, body)).statusCode).toBe(404);
    expect((await call('other', 'GET', `/api/v1/tasks/${taskId}/shares`)).statusCode).toBe(404);
    const foreign = (await newTask()).targets[0];
    const bad = await call('co', 'POST', `/api/v1/tasks/${taskId}/shares`, {
      ...body,
      values: [
        { targetId: targets[1], value: 5.1 },
        { targetId: foreign, value: 1 },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields).toEqual([
      { path: 'values.1.targetId', message: '不是本任务的指标' },
    ]);
    for (const [period, message] of [
      ['2024-04', '不能报送尚未开始的期间'],
      ['2023-12', '该期间早于任务开始时间'],
      ['2024-Q1', '期间应与本区进展报送周期一致（月度如 2024-03，季度如 2024-Q1）'],
    ] as const) {
      const res = await call('co', 'POST', `/api/v1/tasks/${taskId}/shares`, { ...body, period });
      expect(res.statusCode, period).toBe(422);
      expect(res.json().error.details.fields).toEqual([{ path: 'period', message }]);
    }
    // Nothing was stored by any refusal.
    expect((await list('sup', taskId)).units.every((u) => u.share === null)).toBe(true);
    // A task not accepted yet takes no shares (409), as it takes no reports.
    const published = await newTask('published');
    expect((await call('co', 'POST', `/api/v1/tasks/${published.taskId}/shares`, body)).statusCode).toBe(409);
  });

  it('the lead unit returns a share with a reason; the co-unit redoes it with the version; a stale version is 409', async () => {
    const { taskId, targets } = await newTask();
    const first = (
      await call('co', 'POST', `/api/v1/tasks/${taskId}/shares`, {
        period: '2024-03',
        narrative: '新增就业若干',
        values: [{ targetId: targets[0], value: 100 }],
      })
    ).json() as TTaskShare;
    const url = `/api/v1/tasks/${taskId}/shares/${first.id}/return`;
    expect((await call('co', 'POST', url, { reason: '数字不对', version: 1 })).statusCode).toBe(403);
    const noReason = await call('lead', 'POST', url, { reason: ' ', version: 1 });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details.fields[0].path).toBe('reason');
    expect((await call('lead', 'POST', url, { reason: '请附名单', version: 9 })).statusCode).toBe(409);
    const returned = await call('lead', 'POST', url, { reason: '请附就业人员名单', version: 1 });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: '请附就业人员名单',
      version: 2,
    });
    expect((await call('lead', 'POST', url, { reason: '再退', version: 2 })).statusCode).toBe(409);
    const due = (await call('co', 'GET', '/api/v1/shares/due')).json() as TDueShares;
    expect(due.items.find((i) => i.taskId === taskId)).toMatchObject({
      status: 'returned',
      returnReason: '请附就业人员名单',
    });

    const redo = {
      period: '2024-03',
      narrative: '新增就业120人（附名单）',
      values: [{ targetId: targets[0], value: 120 }],
    };
    const stale = await call('co', 'POST', `/api/v1/tasks/${taskId}/shares`, { ...redo, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.currentVersion).toBe(2);
    const again = await call('coHead', 'POST', `/api/v1/tasks/${taskId}/shares`, { ...redo, version: 2 });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ id: first.id, status: 'submitted', returnReason: null, version: 3 });
    expect((await shareRow(first.id))?.narrative).toBe('新增就业120人（附名单）');
    expect((await list('lead', taskId)).units[0]?.share?.values).toEqual([
      { targetId: targets[0], value: 120 },
    ]);
  });

  it('the lead unit’s report consolidates the shares it names; a consolidated share is neither returned nor redone', async () => {
    const { taskId, targets } = await newTask();
    const post = async (who: string, value: number) =>
      (
        await call(who, 'POST', `/api/v1/tasks/${taskId}/shares`, {
          period: '2024-03',
          narrative: '本月工作',
          values: [{ targetId: targets[0], value }],
        })
      ).json() as TTaskShare;
    const a = await post('co', 420);
    const b = await post('co2', 380);
    const report = {
      period: '2024-03',
      progress: 30,
      narrative: '汇总各街道：新增就业800人',
      indicatorValues: [{ targetId: targets[0], value: 800 }],
    };
    const other = await newTask();
    const foreign = (
      await call('co', 'POST', `/api/v1/tasks/${other.taskId}/shares`, {
        period: '2024-03',
        narrative: '别的任务',
      })
    ).json() as TTaskShare;
    const wrong = await call('lead', 'POST', `/api/v1/tasks/${taskId}/reports`, {
      ...report,
      shareIds: [a.id, foreign.id],
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details.fields).toEqual([
      { path: 'shareIds.1', message: '不是本任务的配合分报' },
    ]);
    expect((await shareRow(a.id))?.status).toBe('submitted');
    expect((await call('lead', 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items).toEqual([]);

    const ok = await call('lead', 'POST', `/api/v1/tasks/${taskId}/reports`, { ...report, shareIds: [a.id] });
    expect(ok.statusCode, ok.body).toBe(201);
    const reportId = ok.json().id as string;
    expect(await shareRow(a.id)).toMatchObject({ status: 'consolidated', reportId, version: 2 });
    expect(await shareRow(b.id)).toMatchObject({ status: 'submitted', reportId: null, version: 1 });
    const seen = await list('lead', taskId);
    expect(seen.units[0]?.share).toMatchObject({ status: 'consolidated', abilities: { return: false } });
    expect(seen.units[0]?.share?.abilities.resubmit).toBe(false);
    const url = `/api/v1/tasks/${taskId}/shares/${a.id}/return`;
    expect((await call('lead', 'POST', url, { reason: '退回', version: 2 })).statusCode).toBe(409);
    const redo = await call('co', 'POST', `/api/v1/tasks/${taskId}/shares`, {
      period: '2024-03',
      narrative: '改一下',
      version: 2,
    });
    expect(redo.statusCode).toBe(409);
    // The retried report (same content) takes in the share it now names; a consolidated one stays as it is.
    const retry = await call('lead', 'POST', `/api/v1/tasks/${taskId}/reports`, {
      ...report,
      shareIds: [a.id, b.id],
    });
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json().id).toBe(reportId);
    expect(await shareRow(b.id)).toMatchObject({ status: 'consolidated', reportId });
    expect(await shareRow(a.id)).toMatchObject({ status: 'consolidated', reportId, version: 2 });
  });

  it('lists the shares a co-unit owes this period: none given or returned; the lead unit owes none, the office may not ask', async () => {
    const { taskId, targets } = await newTask();
    const owed = async (who: string) =>
      ((await call(who, 'GET', '/api/v1/shares/due')).json() as TDueShares).items.filter(
        (i) => i.taskId === taskId,
      );
    expect(await owed('co2')).toEqual([
      {
        taskId,
        code: expect.any(String),
        title: '测试任务',
        leadUnitName: expect.any(String),
        status: 'missing',
        returnReason: null,
      },
    ]);
    await call('co2', 'POST', `/api/v1/tasks/${taskId}/shares`, {
      period: '2024-03',
      narrative: '已完成',
      values: [{ targetId: targets[1], value: 4.8 }],
    });
    expect(await owed('co2')).toEqual([]);
    expect(await owed('lead')).toEqual([]);
    expect((await call('sup', 'GET', '/api/v1/shares/due')).statusCode).toBe(403);
  });
});

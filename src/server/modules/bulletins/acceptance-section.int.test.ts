/**
 * 验收情况 in the monthly bulletin (issue 15): completion requests made in March 2026, the outcomes decided in
 * March (accepted, with remarks, returned), the average days to accept, and the task still waiting at the month's
 * end with its days — in the bulletin's data and its Word document, exact figures.
 */
import mammoth from 'mammoth';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { taskRequests, tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

describe.each(dbKinds())('the bulletin’s 验收情况 on %s', (kind) => {
  let t: TestApp;
  let office = '';
  const code: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-04-01T02:00:00Z');
    const unit = (await buildUnit(t, { name: '区住房和城乡建设局' })).id;
    const officeUser = await buildUser(t, { roles: ['supervisor'] });
    office = await loginAs(t, officeUser);
    const at = (day: string) => new Date(`${day}T02:00:00Z`);
    const request = async (
      name: string,
      requestedOn: string,
      decided: null | {
        on: string;
        status: 'approved' | 'rejected';
        acceptance: 'accepted' | 'accepted_with_remarks' | 'returned';
      },
    ) => {
      const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit, status: 'in_progress' });
      await withSystemTx(t.db, async (tx) => {
        await tx
          .update(tasks)
          .set({ title: name, publishedAt: at('2026-01-06'), acceptedAt: at('2026-01-08') })
          .where(eq(tasks.id, taskId));
        await tx.insert(taskRequests).values({
          id: uuidv7(),
          tenantId: t.tenantId,
          taskId,
          kind: 'completion',
          status: decided?.status ?? 'pending',
          reason: '已完成，申请验收',
          requestedBy: officeUser.id,
          requestedAt: at(requestedOn),
          decidedBy: decided ? officeUser.id : null,
          decidedAt: decided ? at(decided.on) : null,
          acceptance: decided?.acceptance ?? null,
        });
        code[name] =
          (await tx.select({ code: tasks.code }).from(tasks).where(eq(tasks.id, taskId)))[0]?.code ?? '';
      });
    };
    await request('老旧小区改造', '2026-03-02', {
      on: '2026-03-06',
      status: 'approved',
      acceptance: 'accepted',
    });
    await request('城市更新试点', '2026-02-25', {
      on: '2026-03-10',
      status: 'approved',
      acceptance: 'accepted_with_remarks',
    });
    await request('雨污分流改造', '2026-03-03', {
      on: '2026-03-05',
      status: 'rejected',
      acceptance: 'returned',
    });
    await request('口袋公园建设', '2026-03-11', null);
    // Decided in February: not this month's.
    await request('背街小巷整治', '2026-02-02', {
      on: '2026-02-09',
      status: 'approved',
      acceptance: 'accepted',
    });
  });
  afterAll(async () => t?.close());

  it('counts the month’s requests and outcomes, and names the task still waiting with its days', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bulletins',
      headers: { cookie: office },
      payload: { period: '2026-03' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.acceptance).toEqual({
      asOf: '2026-03-31',
      requested: 3,
      accepted: 1,
      acceptedWithRemarks: 1,
      returned: 1,
      // 4 days and 13 days.
      averageDaysToAccept: 8.5,
      waiting: [
        {
          code: code['口袋公园建设'],
          title: '口袋公园建设',
          unitName: '区住房和城乡建设局',
          requestedOn: '2026-03-11',
          daysWaited: 20,
        },
      ],
    });
    const doc = await t.app.inject({
      method: 'GET',
      url: `/api/v1/bulletins/${res.json().id}/document`,
      headers: { cookie: office },
    });
    expect(doc.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value;
    expect(text).toContain('验收情况');
    expect(text).toContain(
      '本月申请验收任务3项；完成验收3项，其中验收通过1项、提出意见后通过1项、退回补充1项，平均验收用时8.5天。',
    );
    expect(text).toContain('仍待验收任务1项');
    expect(text).toContain(
      '口袋公园建设（牵头单位：区住房和城乡建设局），2026年3月11日申请验收，已等待20天。',
    );
  });
});

/**
 * 季度分析's 配合与验收情况 (issue 15), exact figures for 2024 Q1 as of its last day: per co-unit the shares owed
 * for January to March — on time, late, missing (a returned share never redone is missing) — and per lead unit
 * the completion requests of the quarter with their outcomes, average days to accept and those still waiting;
 * in the JSON and in the Word document.
 */
import { eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { taskRequests, tasks, taskShares } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

describe.each(dbKinds())('the quarterly analysis reads shares and acceptance on %s', (kind) => {
  let t: TestApp;
  let office = '';
  const unit = { lead: '', a: '', b: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-04-02T02:00:00Z');
    unit.lead = (await buildUnit(t, { name: '区人社局', kind: 'department' })).id;
    unit.a = (await buildUnit(t, { name: '城关街道', kind: 'street' })).id;
    unit.b = (await buildUnit(t, { name: '东门街道', kind: 'street' })).id;
    const officeUser = await buildUser(t, { roles: ['supervisor'] });
    const by = (await buildUser(t, { roles: ['unit_operator'], unitId: unit.a })).id;
    office = await loginAs(t, officeUser);
    const at = (day: string) => new Date(`${day}T02:00:00Z`);
    const task = async (coUnitIds: string[]) => {
      const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.lead, status: 'in_progress' });
      await withSystemTx(t.db, async (tx) => {
        await tx
          .update(tasks)
          .set({ coUnitIds, publishedAt: at('2024-01-06'), acceptedAt: at('2024-01-10') })
          .where(eq(tasks.id, taskId));
      });
      return taskId;
    };
    const shared = await task([unit.a, unit.b]);
    const requested = [await task([]), await task([]), await task([])];
    await withSystemTx(t.db, async (tx) => {
      const share = (period: string, status: 'submitted' | 'returned', day: string) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId: shared,
        unitId: unit.a,
        period,
        narrative: `${period} 工作`,
        status,
        returnReason: status === 'returned' ? '数据不全' : null,
        submittedBy: by,
        createdAt: at(day),
        submittedAt: at(day),
      });
      await tx
        .insert(taskShares)
        .values([
          share('2024-01', 'submitted', '2024-01-25'),
          share('2024-02', 'submitted', '2024-03-05'),
          share('2024-03', 'returned', '2024-03-28'),
        ]);
      const request = (
        taskId: string,
        on: string,
        decided: null | { on: string; status: 'approved' | 'rejected'; acceptance: 'accepted' | 'returned' },
      ) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId,
        kind: 'completion' as const,
        status: decided?.status ?? ('pending' as const),
        reason: '申请验收',
        requestedBy: by,
        requestedAt: at(on),
        decidedBy: decided ? officeUser.id : null,
        decidedAt: decided ? at(decided.on) : null,
        acceptance: decided?.acceptance ?? null,
      });
      await tx.insert(taskRequests).values([
        request(requested[0] as string, '2024-02-01', {
          on: '2024-02-11',
          status: 'approved',
          acceptance: 'accepted',
        }),
        request(requested[1] as string, '2024-03-20', {
          on: '2024-03-22',
          status: 'rejected',
          acceptance: 'returned',
        }),
        request(requested[2] as string, '2024-03-25', null),
      ]);
    });
  });
  afterAll(async () => t?.close());

  it('counts shares owed, on time, late and missing per co-unit, and acceptance per lead unit', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/analysis/quarterly?year=2024&quarter=1',
      headers: { cookie: office },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().responsibility).toEqual({
      shares: [
        { unitId: unit.b, unitName: '东门街道', owed: 3, onTime: 0, late: 0, missing: 3 },
        { unitId: unit.a, unitName: '城关街道', owed: 3, onTime: 1, late: 1, missing: 1 },
      ],
      acceptance: [
        {
          unitId: unit.lead,
          unitName: '区人社局',
          requested: 3,
          accepted: 1,
          acceptedWithRemarks: 0,
          returned: 1,
          averageDaysToAccept: 10,
          waiting: 1,
        },
      ],
    });
    const doc = await t.app.inject({
      method: 'GET',
      url: '/api/v1/analysis/quarterly/document?year=2024&quarter=1',
      headers: { cookie: office },
    });
    expect(doc.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value;
    expect(text).toContain('配合与验收情况');
    expect(text).toContain('本季度配合单位应报送分报6份，按时报送1份、逾期报送1份、未报送4份。');
    expect(text).toContain('各牵头单位任务验收情况如下');
  });
});

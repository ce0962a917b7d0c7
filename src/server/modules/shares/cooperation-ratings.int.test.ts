import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import type { TCooperationRatings } from './shares.schemas';

// The manual clock stands at 2024-03-01: this year is 2024.
describe.each(dbKinds())('cooperation ratings (配合评价) on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const unit: Record<'lead' | 'co' | 'co2' | 'other', string> = { lead: '', co: '', co2: '', other: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const k of Object.keys(unit) as Array<keyof typeof unit>) unit[k] = (await buildUnit(t)).id;
    const users = {
      lead: await buildUser(t, { roles: ['unit_head'], unitId: unit.lead }),
      co: await buildUser(t, { roles: ['unit_operator'], unitId: unit.co }),
      co2: await buildUser(t, { roles: ['unit_operator'], unitId: unit.co2 }),
      sup: await buildUser(t, { roles: ['supervisor'] }),
    };
    for (const [who, user] of Object.entries(users)) cookies[who] = await loginAs(t, user);
  });
  afterAll(async () => t?.close());

  const call = (who: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] }, ...(payload ? { payload } : {}) });
  const newTask = async () => {
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.lead, status: 'in_progress' });
    await withSystemTx(t.db, (tx) =>
      tx
        .update(tasks)
        .set({ coUnitIds: [unit.co, unit.co2] })
        .where(eq(tasks.id, taskId)),
    );
    return taskId;
  };

  it('the lead unit rates each co-unit with a reason; a co-unit reads only its own; a change needs the version', async () => {
    const taskId = await newTask();
    const url = `/api/v1/tasks/${taskId}/cooperation-ratings`;
    const empty = (await call('lead', 'GET', url)).json() as TCooperationRatings;
    expect(empty).toMatchObject({ year: 2024, abilities: { rate: true } });
    expect(empty.items.map((i) => [i.coUnitId, i.rating])).toEqual([
      [unit.co, null],
      [unit.co2, null],
    ]);
    const put = await call('lead', 'PUT', url, {
      year: 2024,
      ratings: [
        { coUnitId: unit.co, rating: 'good', reason: '按时报送，数据准确' },
        { coUnitId: unit.co2, rating: 'poor', reason: '三次催报仍未报送' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((put.json() as TCooperationRatings).items.map((i) => [i.rating, i.reason, i.version])).toEqual([
      ['good', '按时报送，数据准确', 1],
      ['poor', '三次催报仍未报送', 1],
    ]);
    const own = (await call('co2', 'GET', url)).json() as TCooperationRatings;
    expect(own.items.map((i) => [i.coUnitId, i.rating])).toEqual([[unit.co2, 'poor']]);
    expect(own.abilities.rate).toBe(false);
    expect((await call('sup', 'GET', `${url}?year=2024`)).json().items).toHaveLength(2);
    expect(
      (await call('sup', 'GET', `${url}?year=2023`))
        .json()
        .items.every((i: { rating: null }) => i.rating === null),
    ).toBe(true);

    const change = {
      year: 2024,
      ratings: [{ coUnitId: unit.co2, rating: 'fair', reason: '补报后基本配合' }],
    };
    expect((await call('lead', 'PUT', url, change)).statusCode).toBe(409);
    const stale = { ...change, ratings: [{ ...change.ratings[0], version: 9 }] };
    expect((await call('lead', 'PUT', url, stale)).statusCode).toBe(409);
    const ok = await call('lead', 'PUT', url, { ...change, ratings: [{ ...change.ratings[0], version: 1 }] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as TCooperationRatings).items[1]).toMatchObject({ rating: 'fair', version: 2 });
  });

  it('refuses co-units and the office (403), a unit not cooperating, a future year, an empty reason (422, nothing stored)', async () => {
    const taskId = await newTask();
    const url = `/api/v1/tasks/${taskId}/cooperation-ratings`;
    const body = { year: 2024, ratings: [{ coUnitId: unit.co, rating: 'good', reason: '好' }] };
    expect((await call('co', 'PUT', url, body)).statusCode).toBe(403);
    expect((await call('sup', 'PUT', url, body)).statusCode).toBe(403);
    const notCo = await call('lead', 'PUT', url, {
      year: 2024,
      ratings: [body.ratings[0], { coUnitId: unit.other, rating: 'fair', reason: '一般' }],
    });
    expect(notCo.statusCode).toBe(422);
    expect(notCo.json().error.details.fields).toEqual([
      { path: 'ratings.1.coUnitId', message: '不是本任务的配合单位' },
    ]);
    const future = await call('lead', 'PUT', url, { ...body, year: 2025 });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.details.fields[0].path).toBe('year');
    // Fair and poor say why; a blank reason is no reason.
    for (const rating of ['fair', 'poor']) {
      const noReason = await call('lead', 'PUT', url, {
        year: 2024,
        ratings: [{ ...body.ratings[0], rating, reason: ' ' }],
      });
      expect(noReason.statusCode).toBe(422);
      expect(noReason.json().error.details.fields[0].path).toBe('ratings.0.reason');
    }
    expect(
      ((await call('lead', 'GET', url)).json() as TCooperationRatings).items.every((i) => i.rating === null),
    ).toBe(true);
  });

  it('a good rating may come without a reason; the task tells the lead unit alone that it may rate', async () => {
    const taskId = await newTask();
    const url = `/api/v1/tasks/${taskId}/cooperation-ratings`;
    const put = await call('lead', 'PUT', url, {
      year: 2024,
      ratings: [{ coUnitId: unit.co, rating: 'good' }],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((put.json() as TCooperationRatings).items[0]).toMatchObject({ rating: 'good', reason: null });
    const ability = async (who: string) =>
      (await call(who, 'GET', `/api/v1/tasks/${taskId}`)).json().abilities.rateCooperation;
    expect([await ability('lead'), await ability('co'), await ability('sup')]).toEqual([true, false, false]);
  });
});

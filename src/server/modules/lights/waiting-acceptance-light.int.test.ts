/**
 * 验收 and the lights: a unit that asked for acceptance by the due date is not red "overdue" while the office
 * takes its time to decide; one that asked after the due date stays overdue (it was late).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { tasks } from '../../db/schema';
import { withSystemTx } from '../../db/tx';

describe.each(dbKinds())('light of a task waiting for acceptance on %s', (kind) => {
  let t: TestApp;
  let unitId = '';
  const cookies: Record<string, string> = {};
  let login: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    t = await createTestApp(kind);
    unitId = (await buildUnit(t)).id;
    const op = await buildUser(t, { roles: ['unit_operator'], unitId });
    const sup = await buildUser(t, { roles: ['supervisor'] });
    // Sessions end when the clock jumps days ahead: log in again after each jump.
    login = async () => {
      cookies.op = await loginAs(t, op);
      cookies.sup = await loginAs(t, sup);
    };
    await login();
  });
  afterAll(async () => t?.close());

  const taskDue = async (dueDate: string) => {
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unitId, status: 'in_progress' });
    await withSystemTx(t.db, (tx) => tx.update(tasks).set({ dueDate }).where(eq(tasks.id, taskId)));
    return taskId;
  };
  const ask = (taskId: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/acceptance`,
      headers: { cookie: cookies.op },
      payload: { summary: '已全部完成' },
    });
  const lightOf = async (taskId: string) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${taskId}`, headers: { cookie: cookies.sup } })
    ).json() as { light: string; lightReasons: string[] };

  it('asked on time: no overdue while the office decides; asked late: overdue', async () => {
    t.clock.set('2024-03-01T02:00:00Z');
    const onTime = await taskDue('2024-03-10');
    const late = await taskDue('2024-03-05');
    expect((await ask(onTime)).statusCode).toBe(201);

    t.clock.set('2024-03-08T02:00:00Z');
    await login();
    const lateAsk = await ask(late);
    expect(lateAsk.statusCode, lateAsk.body).toBe(201);

    t.clock.set('2024-03-20T02:00:00Z');
    await login();
    expect((await lightOf(onTime)).lightReasons).not.toContain('overdue');
    expect(await lightOf(late)).toMatchObject({ light: 'red' });
    expect((await lightOf(late)).lightReasons).toContain('overdue');
  });
});

/**
 * The blocker ladder in the reminder run (issue #14): each level's working days to the day, one step per
 * level (never twice, whoever ran first), the new owner told, the step audited; the blocker_open light on the
 * project and the task the day after `blockers.lightAfterDays`; a run stopped half-way and run again.
 */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { withSystemTx } from '../../db/tx';
import { blockers } from '../../db/schema';
import { runReminders } from '../../notify/reminders';
import { buildDecisionWithTask } from '../../../../test/helpers/factories';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, type ProjectWorld, type Who } from '../projects/projects.fixtures.test-helpers';
import type { TProject } from '../projects/projects.schemas';
import type { TBlockerDetail } from './blockers.schemas';

describe.each(dbKinds())('the blocker ladder on %s', (kind) => {
  let w: ProjectWorld;
  let p: TProject;
  let id: string;
  beforeAll(async () => {
    w = await buildProjectWorld(kind);
    p = await w.create();
    const res = await w.call('opA', 'POST', '/api/v1/blockers', {
      projectId: p.id,
      kind: '手续',
      title: '施工许可待办',
      dueDate: '2026-06-30',
    });
    id = (res.json() as TBlockerDetail).id;
  });
  afterAll(async () => w.t.close());

  /** The reminder run on a day (the clock on that day too), then the blocker as the office sees it. */
  const runOn = async (day: string) => {
    w.t.clock.set(`${day}T01:00:00Z`);
    const counts = await runReminders(w.t.deps, day);
    w.t.clock.set('2026-04-20T02:00:00Z');
    return counts.blockerEscalations;
  };
  const blocker = async (who: Who = 'sup') =>
    (await w.call(who, 'GET', `/api/v1/blockers/${id}`)).json() as TBlockerDetail;
  const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(w.t.db.orm, q))[0]?.n;

  it('unit → leader the day after 5 working days, once, telling the contracting leader', async () => {
    expect((await blocker()).levelDeadline).toBe('2026-04-27');
    expect(await runOn('2026-04-27')).toBe(0);
    expect((await blocker()).level).toBe('unit');
    expect(await runOn('2026-04-28')).toBe(1);
    expect(await runOn('2026-04-28')).toBe(0);
    expect(await blocker()).toMatchObject({ level: 'leader', ownerUserName: '王区长', version: 2 });
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'blocker_escalated' AND user_id = ${w.ids.leader}`,
      ),
    ).toBe(1);
  });

  it('leader → meeting after 5 working days over the May Day holiday (9 May is a working Saturday)', async () => {
    // 29, 30 April; 1–5 May off; 6, 7, 8 May.
    expect((await blocker()).levelDeadline).toBe('2026-05-08');
    expect(await runOn('2026-05-08')).toBe(0);
    expect(await runOn('2026-05-09')).toBe(1);
    expect(await blocker()).toMatchObject({ level: 'meeting', ownerKind: 'office' });
  });

  it('meeting → committee after 10 working days; the committee is the top', async () => {
    expect((await blocker()).levelDeadline).toBe('2026-05-22');
    expect(await runOn('2026-05-22')).toBe(0);
    expect(await runOn('2026-05-23')).toBe(1);
    const top = await blocker();
    expect(top).toMatchObject({ level: 'committee', levelDeadline: null });
    expect(await runOn('2026-12-31')).toBe(0);
    expect(top.events.map((e) => [e.kind, e.toLevel, e.actorName])).toEqual([
      ['raised', 'unit', '街道联络员'],
      ['escalated', 'leader', null],
      ['escalated', 'meeting', null],
      ['escalated', 'committee', null],
    ]);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'blocker.escalated' AND entity_id = ${id}`,
      ),
    ).toBe(3);
  });

  it('a step a person took is not taken again by the run; coordinating blockers do not climb by time', async () => {
    const raise = async (title: string) =>
      (
        (
          await w.call('opA', 'POST', '/api/v1/blockers', {
            projectId: p.id,
            kind: '资金',
            title,
            dueDate: '2026-06-30',
          })
        ).json() as TBlockerDetail
      ).id;
    const early = await raise('提前上交的');
    await w.call('opA', 'POST', `/api/v1/blockers/${early}/escalate`, {
      reason: '本单位无法协调',
      version: 1,
    });
    const coordinating = await raise('协调中的');
    await queryRows(
      w.t.db.orm,
      sql`UPDATE blockers SET status = 'coordinating' WHERE id = ${coordinating} RETURNING id`,
    );
    // The early one reached `leader` today (20 April): due on 28 April like the first was at `unit`.
    expect(await runOn('2026-04-28')).toBe(1);
    const steps = await queryRows<{ blocker_id: string; to_level: string }>(
      w.t.db.orm,
      sql`SELECT blocker_id, to_level FROM blocker_events WHERE kind IN ('escalated', 'escalated_early') AND blocker_id IN (${early}, ${coordinating}) ORDER BY at`,
    );
    expect(steps.map((s) => [s.blocker_id === early ? 'early' : 'coordinating', s.to_level])).toEqual([
      ['early', 'leader'],
      ['early', 'meeting'],
    ]);
  });

  it('blocker_open colours the project and the task the day after lightAfterDays (14), not on the day', async () => {
    const projectReasons = async (day: string) =>
      (
        (await w.call('sup', 'GET', `/api/v1/projects/lights?asOf=${day}`)).json() as {
          items: Array<{ projectId: string; reasons: string[] }>;
        }
      ).items.find((i) => i.projectId === p.id)?.reasons;
    expect(await projectReasons('2026-05-04')).not.toContain('blocker_open');
    expect(await projectReasons('2026-05-05')).toContain('blocker_open');
    const { taskId } = await buildDecisionWithTask(w.t, { leadUnitId: w.streetA, status: 'in_progress' });
    const res = await w.call('opA', 'POST', '/api/v1/blockers', {
      taskId,
      kind: '政策',
      title: '政策口径不明确',
      dueDate: '2026-06-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const taskReasons = async () =>
      ((await w.call('sup', 'GET', `/api/v1/tasks/${taskId}`)).json() as { lightReasons: string[] })
        .lightReasons;
    expect(await taskReasons()).not.toContain('blocker_open');
    await queryRows(
      w.t.db.orm,
      sql`UPDATE blockers SET raised_at = '2026-04-05T02:00:00Z' WHERE task_id = ${taskId} RETURNING id`,
    );
    expect(await taskReasons()).toContain('blocker_open');
    await queryRows(
      w.t.db.orm,
      sql`UPDATE blockers SET raised_at = '2026-04-06T02:00:00Z' WHERE task_id = ${taskId} RETURNING id`,
    );
    expect(await taskReasons()).not.toContain('blocker_open');
  });

  it('the quarterly analysis reports the blockers of the quarter', async () => {
    const res = await w.call('sup', 'GET', '/api/v1/analysis/quarterly?year=2026&quarter=2');
    expect(res.statusCode, res.body).toBe(200);
    const { blockers } = res.json() as {
      blockers: { opened: number; stillOpen: number; oldestOpen: unknown[] };
    };
    // The first three (20 April); the task's, raised on 6 April by now, falls in the quarter too.
    expect(blockers).toMatchObject({ opened: 4, stillOpen: 4 });
    expect(blockers.oldestOpen[0]).toMatchObject({ title: '政策口径不明确', level: 'unit' });
    const bulletin = await w.call('sup', 'POST', '/api/v1/bulletins', { period: '2026-04' });
    expect(bulletin.statusCode, bulletin.body).toBe(201);
    expect((bulletin.json() as { data: { blockers: unknown } }).data.blockers).toMatchObject({ opened: 4 });
  });

  it('a run stopped half-way and run again takes every step once', async () => {
    const many = 40;
    await withSystemTx(w.t.db, async (tx) => {
      await tx.insert(blockers).values(
        Array.from({ length: many }, (_, i) => ({
          id: uuidv7(),
          tenantId: w.t.tenantId,
          projectId: p.id,
          raisedByUnitId: w.streetA,
          ownerUnitId: w.streetA,
          kind: '配套',
          title: `批量堵点${i + 1}`,
          dueDate: '2026-06-30',
          levelSince: new Date('2026-03-02T02:00:00Z'),
          raisedAt: new Date('2026-03-02T02:00:00Z'),
        })),
      );
    });
    const stop = new Error('killed');
    await expect(
      runReminders(w.t.deps, '2026-04-20', undefined, (i) => {
        if (i === 17) throw stop;
      }),
    ).rejects.toBe(stop);
    const stepped = sql`SELECT count(*)::int AS n FROM blocker_events WHERE kind = 'escalated' AND blocker_id IN (SELECT id FROM blockers WHERE title LIKE '批量堵点%')`;
    expect(await count(stepped)).toBe(17);
    expect((await runReminders(w.t.deps, '2026-04-20')).blockerEscalations).toBe(many - 17);
    expect(await runReminders(w.t.deps, '2026-04-20')).toMatchObject({ blockerEscalations: 0 });
    expect(await count(stepped)).toBe(many);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM blockers WHERE title LIKE '批量堵点%' AND level = 'leader' AND version = 2`,
      ),
    ).toBe(many);
    expect(
      await count(
        sql`SELECT count(DISTINCT dedupe_key)::int AS n FROM notifications WHERE dedupe_key LIKE 'blocker-step:%:leader'`,
      ),
    ).toBeGreaterThanOrEqual(many);
  });
});

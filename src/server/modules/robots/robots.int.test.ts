import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDecisionWithTask,
  buildTenant,
  buildUnit,
  buildUser,
  loginAs,
} from '../../../../test/helpers/factories';
import { startRobotReceiver, type RobotReceiver } from '../../../../test/helpers/robot-receiver';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { robotMessages } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import { deliverNotification } from '../../notify/deliver';
import { notifyUsers } from '../../notify/notify.repository';
import { sendRobotMessages } from '../../notify/robot-outbox';

describe.each(dbKinds())('group robots on %s', (kind) => {
  let t: TestApp;
  let receiver: RobotReceiver;
  beforeAll(async () => {
    t = await createTestApp(kind, { config: { publicUrl: 'https://luoshi.example.gov.cn/' } });
    receiver = await startRobotReceiver(() => t.clock.now().getTime());
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  /** A district of its own (robots are per district), its office's cookie and a unit with an operator. */
  async function district() {
    const tenantId = await buildTenant(t, `区${Math.random().toString(36).slice(2, 8)}`);
    const office = await loginAs(t, await buildUser(t, { roles: ['supervisor'], tenantId }));
    const unit = await buildUnit(t, { tenantId, name: '区水利局' });
    const operator = await buildUser(t, { roles: ['unit_operator'], unitId: unit.id, tenantId });
    return { tenantId, office, unit, operator };
  }

  async function addRobot(cookie: string, payload: object) {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/robots', headers: { cookie }, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }

  /** Notices to one user, delivered (which queues them for the robots). */
  async function notify(tenantId: string, userId: string, count: number, over: object = {}) {
    const ids = await withSystemTx(t.db, async (tx) => {
      const all: string[] = [];
      for (let i = 0; i < count; i++)
        all.push(
          ...(await notifyUsers(tx, [userId], {
            tenantId,
            kind: 'report_due',
            title: `请报送进展：通知${i + 1}号`,
            body: '本月进展请于月底前报送。',
            dedupeKey: `test:${Math.random()}`,
            at: t.clock.now(),
            ...over,
          })),
        );
      return all;
    });
    for (const id of ids) await deliverNotification(t.deps, id);
    return ids;
  }

  it('a signed 钉钉 robot: the test-send passes the vendor check; the address and secret never come back', async () => {
    const d = await district();
    receiver.add('/ding-ok', { kind: 'dingtalk', secret: 'SECright-secret-123' });
    const robot = await addRobot(d.office, {
      kind: 'dingtalk',
      name: '督查室工作群',
      unitId: null,
      address: `${receiver.url('/ding-ok')}?access_token=token-abcdef-987654`,
      secret: 'SECright-secret-123',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/robots/${robot.id}/test`,
      headers: { cookie: d.office },
    });
    expect(res.json()).toMatchObject({ outcome: 'sent', httpStatus: 200 });
    expect(res.json().answer).toContain('"errcode":0');
    const [got] = receiver.received('/ding-ok');
    expect(got?.accepted).toBe(true);
    expect(got?.text).toContain('落实');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/robots', headers: { cookie: d.office } });
    expect(list.body).not.toContain('SECright-secret-123');
    expect(list.body).not.toContain('token-abcdef-987654');
    expect(list.json().robots[0]).toMatchObject({ secretSet: true, lastResult: { outcome: 'sent' } });
    expect(list.json().robots[0].addressMasked).toContain('access_token=****7654');
  });

  it('a wrong secret is refused by the vendor and shown to the office as a failure, not retried', async () => {
    const d = await district();
    receiver.add('/ding-wrong', { kind: 'dingtalk', secret: 'SECthe-real-one' });
    const robot = await addRobot(d.office, {
      kind: 'dingtalk',
      name: '错误密钥',
      unitId: null,
      address: `${receiver.url('/ding-wrong')}?access_token=abc`,
      secret: 'SECa-typo',
    });
    const test = await t.app.inject({
      method: 'POST',
      url: `/api/v1/robots/${robot.id}/test`,
      headers: { cookie: d.office },
    });
    expect(test.json()).toMatchObject({ outcome: 'failed' });
    expect(test.json().reason).toContain('加签不匹配');
    await notify(d.tenantId, d.operator.id, 1);
    await sendRobotMessages(t.deps);
    // Later runs (within the session's idle time) do not try the refused message again.
    t.clock.advance(20 * 60_000);
    await sendRobotMessages(t.deps);
    expect(receiver.received('/ding-wrong')).toHaveLength(2);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/robots', headers: { cookie: d.office } });
    expect(list.json().robots[0]).toMatchObject({ failed: 1, pending: 0 });
    expect(list.json().robots[0].lastFailure).toContain('sign not match');
  });

  it('over 20 notices a minute to 钉钉 are merged into at most 20 messages, none lost', async () => {
    const d = await district();
    receiver.add('/ding-busy', { kind: 'dingtalk', secret: 'SECbusy' });
    await addRobot(d.office, {
      kind: 'dingtalk',
      name: '忙碌的群',
      unitId: null,
      address: `${receiver.url('/ding-busy')}?access_token=busy`,
      secret: 'SECbusy',
    });
    await notify(d.tenantId, d.operator.id, 27);
    await sendRobotMessages(t.deps);
    // A request the network dropped (a kept-alive socket the receiver closed) is retried a minute later.
    t.clock.advance(61_000);
    await sendRobotMessages(t.deps);
    const got = receiver.received('/ding-busy');
    expect(got.length).toBeLessThanOrEqual(20);
    expect(got.every((m) => m.accepted)).toBe(true);
    const all = got.map((m) => m.text).join('\n');
    const missing = Array.from({ length: 27 }, (_, i) => `通知${i + 1}号`).filter((w) => !all.includes(w));
    expect(missing).toEqual([]);
    expect(all).toContain('条通知');
  });

  it('a long notice is cut within 企业微信 4096 bytes, keeping the task, its light and the link', async () => {
    const d = await district();
    receiver.add('/wecom', { kind: 'wecom', secret: 'wecom-key-1' });
    await addRobot(d.office, {
      kind: 'wecom',
      name: '企业微信群',
      unitId: null,
      address: `${receiver.url('/wecom')}?key=wecom-key-1`,
    });
    const { taskId } = await buildDecisionWithTask(t, { tenantId: d.tenantId, leadUnitId: d.unit.id });
    await withSystemTx(t.db, (tx) =>
      tx.execute(
        `INSERT INTO task_light_states (task_id, tenant_id, light, since, updated_at) VALUES ('${taskId}', '${d.tenantId}', 'red', '2024-03-01', now())` as never,
      ),
    );
    await notify(d.tenantId, d.operator.id, 1, {
      title: '任务亮红灯：测试任务',
      body: '进展严重滞后。'.repeat(1000),
      entityType: 'task',
      entityId: taskId,
    });
    await sendRobotMessages(t.deps);
    const [got] = receiver.received('/wecom');
    expect(got?.accepted).toBe(true);
    expect(Buffer.byteLength(got?.text ?? '', 'utf8')).toBeLessThanOrEqual(4096);
    expect(got?.text).toContain('…');
    expect(got?.text).toContain('亮灯：红灯');
    expect(got?.text).toMatch(/任务：2024-QW-\S+ 测试任务/);
    expect(got?.text.endsWith(`[查看详情](https://luoshi.example.gov.cn/tasks/${taskId})`)).toBe(true);
  });

  it('a 飞书 server error is retried later and then delivered with a valid signature', async () => {
    const d = await district();
    receiver.add('/feishu', { kind: 'feishu', secret: 'feishu-secret', failFirst: 1 });
    await addRobot(d.office, {
      kind: 'feishu',
      name: '飞书群',
      unitId: null,
      address: receiver.url('/feishu'),
      secret: 'feishu-secret',
    });
    const [id] = await notify(d.tenantId, d.operator.id, 1);
    expect(await sendRobotMessages(t.deps)).toBe(1);
    const waiting = await withSystemTx(t.db, (tx) =>
      tx
        .select()
        .from(robotMessages)
        .where(eq(robotMessages.notificationId, id as string)),
    );
    expect(waiting[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await sendRobotMessages(t.deps)).toBe(0);
    t.clock.advance(61_000);
    await sendRobotMessages(t.deps);
    const got = receiver.received('/feishu');
    expect(got).toHaveLength(1);
    expect(got[0]?.accepted).toBe(true);
  });

  it("a unit's own robot receives only its unit's notices", async () => {
    const d = await district();
    const other = await buildUnit(t, { tenantId: d.tenantId, name: '区教育局' });
    const teacher = await buildUser(t, { roles: ['unit_operator'], unitId: other.id, tenantId: d.tenantId });
    receiver.add('/unit-a', { kind: 'wecom', secret: 'ka' });
    receiver.add('/unit-b', { kind: 'wecom', secret: 'kb' });
    await addRobot(d.office, {
      kind: 'wecom',
      name: '水利局群',
      unitId: d.unit.id,
      address: `${receiver.url('/unit-a')}?key=ka`,
    });
    await addRobot(d.office, {
      kind: 'wecom',
      name: '教育局群',
      unitId: other.id,
      address: `${receiver.url('/unit-b')}?key=kb`,
    });
    await notify(d.tenantId, d.operator.id, 1, { title: '水利局的通知' });
    await notify(d.tenantId, teacher.id, 1, { title: '教育局的通知' });
    await sendRobotMessages(t.deps);
    expect(receiver.received('/unit-a').map((m) => m.text.includes('水利局的通知'))).toEqual([true]);
    expect(receiver.received('/unit-b').map((m) => m.text.includes('教育局的通知'))).toEqual([true]);
  });

  it('refuses a bad address, a secret for 企业微信 and a stale version, changing nothing', async () => {
    const d = await district();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/robots',
      headers: { cookie: d.office },
      payload: { kind: 'dingtalk', name: 'x', unitId: null, address: 'ftp://nope' },
    });
    expect(bad.statusCode).toBe(422);
    const wecom = await t.app.inject({
      method: 'POST',
      url: '/api/v1/robots',
      headers: { cookie: d.office },
      payload: {
        kind: 'wecom',
        name: 'x',
        unitId: null,
        address: 'https://qyapi.weixin.qq.com/x?key=1',
        secret: 's',
      },
    });
    expect(wecom.statusCode).toBe(422);
    const robot = await addRobot(d.office, {
      kind: 'feishu',
      name: '飞书',
      unitId: null,
      address: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc',
    });
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/robots/${robot.id}`,
      headers: { cookie: d.office },
      payload: { enabled: false, secret: 'new-secret', version: robot.version },
    });
    expect(ok.json()).toMatchObject({ enabled: false, secretSet: true, version: robot.version + 1 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/robots/${robot.id}`,
      headers: { cookie: d.office },
      payload: { name: '旧页面', version: robot.version },
    });
    expect(stale.statusCode).toBe(409);
  });
});

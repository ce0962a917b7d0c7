import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

const streetLight = '幸福路与建设街交叉口的路灯已经坏了两个多月，晚上出行很不安全，请尽快修复。';

describe.each(dbKinds())('public feedback: the office is told, and copies are marked, on %s', (kind) => {
  let t: TestApp;
  let office: string;
  // Moving the clock by days ends a session: log in again on the new day.
  let supervisor: Awaited<ReturnType<typeof buildUser>> | undefined;
  const officeOn = async (at: string) => {
    t.clock.set(new Date(at));
    supervisor ??= await buildUser(t, { roles: ['supervisor'] });
    office = await loginAs(t, supervisor);
  };
  const send = (message: string) =>
    t.app.inject({
      method: 'POST',
      url: '/public/api/default/feedback',
      payload: { subject: 'general', message },
    });
  const list = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/feedback', headers: { cookie: office } })).json()
      .items as Array<{ id: string; message: string; duplicateOf: string | null }>;
  const inbox = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { cookie: office } })).json()
      .items as Array<{ kind: string; title: string; entityType: string; entityId: string }>;

  beforeAll(async () => {
    t = await createTestApp(kind, { config: { feedbackRateLimitPerHour: 100 } });
    await officeOn('2024-07-15T02:00:00Z');
  });
  afterAll(async () => t.close());

  it('puts a new message in the office inbox, linked to it', async () => {
    expect((await send(streetLight)).statusCode).toBe(201);
    const [first] = await list();
    expect(first?.duplicateOf).toBeNull();
    const notices = (await inbox()).filter((n) => n.kind === 'feedback_received');
    expect(notices).toEqual([
      expect.objectContaining({ title: '社情民意：综合', entityType: 'feedback', entityId: first?.id }),
    ]);
  });

  it('marks a near copy as a duplicate of the first message and does not notify again', async () => {
    await officeOn('2024-07-20T02:00:00Z');
    expect(
      (await send('幸福路与建设街交叉口的路灯坏了两个多月了，晚上出行很不安全，请尽快修复！')).statusCode,
    ).toBe(201);
    // A copy of the copy points at the first message of the chain.
    expect((await send(`${streetLight} `)).statusCode).toBe(201);
    expect((await send('小区门口的垃圾站气味很大，夏天更严重，希望街道尽快处理。')).statusCode).toBe(201);
    const items = await list();
    const first = items.find((i) => i.message === streetLight && i.duplicateOf === null);
    expect(first).toBeDefined();
    expect(items.filter((i) => i.duplicateOf === first?.id)).toHaveLength(2);
    expect(items.find((i) => i.message.startsWith('小区门口'))?.duplicateOf).toBeNull();
    expect((await inbox()).filter((n) => n.kind === 'feedback_received')).toHaveLength(2);
  });

  it('does not compare with messages older than the window: the same problem a month later is news', async () => {
    await officeOn('2024-09-01T02:00:00Z');
    expect((await send(streetLight)).statusCode).toBe(201);
    const latest = (await list())[0];
    expect(latest?.message).toBe(streetLight);
    expect(latest?.duplicateOf).toBeNull();
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, dbErrorOf, loginAs } from '../../../test/helpers/factories';
import { runCli } from '../../../test/helpers/cli';
import { createTestApp, dbKinds, type TestApp } from '../../../test/helpers/test-app';
import { queryRows } from '../db/client';
import { withSystemTx } from '../db/tx';
import { verifyAuditChains } from './verify-audit';

describe.each(dbKinds())('audit log on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    auditor = await loginAs(t, await buildUser(t, { roles: ['auditor'] }));
  });
  afterAll(async () => t.close());

  it('records every state change in its transaction with actor, IP and a before/after diff of what changed', async () => {
    const unit = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: { cookie: admin },
        payload: { name: '区审计局', code: 'SJJ', kind: 'department' },
      })
    ).json();
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${unit.id}`,
      headers: { cookie: admin },
      payload: { version: 1, name: '区审计局（新）' },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?limit=5',
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    const [updated, created] = res.json().items;
    expect(updated).toMatchObject({
      action: 'unit.updated',
      entityType: 'unit',
      entityId: unit.id,
      actorName: '测试用户',
      ip: '127.0.0.1',
    });
    expect(updated.diff).toEqual({ before: { name: '区审计局' }, after: { name: '区审计局（新）' } });
    expect(created).toMatchObject({
      action: 'unit.created',
      diff: { after: { name: '区审计局', code: 'SJJ', kind: 'department' } },
    });
    expect(updated.prevHash).toBe(created.hash);
    expect(updated.hashAlg).toBe('sm3');
  });

  it('a failed change writes no event (the event lives in the same transaction)', async () => {
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.db.orm,
          sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'unit.created'`,
        )
      )[0]?.n;
    const before = await count();
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: admin },
      payload: { name: '重复', code: 'SJJ', kind: 'department' },
    });
    expect(dup.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });

  it('only the auditor reads the log, with paging by seq', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { cookie: admin } })).statusCode,
    ).toBe(403);
    const page1 = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=2', headers: { cookie: auditor } })
    ).json();
    expect(page1.nextBefore).toBeTypeOf('number');
    const page2 = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?limit=2&before=${page1.nextBefore}`,
        headers: { cookie: auditor },
      })
    ).json();
    expect(page2.items[0].seq).toBe(page1.nextBefore - 1);
  });

  it('the application role cannot update or delete an event', async () => {
    await expect(
      t.db.orm.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('app.tenant_id', ${t.tenantId}, true)`);
        await tx.execute(sql`SET LOCAL ROLE luoshi_app`);
        await tx.execute(sql`UPDATE audit_events SET action = 'x'`);
      }),
    ).rejects.toThrow();
    expect(await dbErrorOf(t.db.orm.execute(sql`DELETE FROM audit_events`))).toMatch(/append-only/);
  });

  it('verification passes on an intact chain and names the first event edited behind its back', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/verify',
      headers: { cookie: auditor },
    });
    expect(ok.json()).toMatchObject({ ok: true, firstBroken: null });
    expect(ok.json().checked).toBeGreaterThan(3);
    const [victim] = await queryRows<{ id: string; seq: number }>(
      t.db.orm,
      sql`SELECT id, seq::int AS seq FROM audit_events WHERE action = 'unit.updated' ORDER BY seq LIMIT 1`,
    );
    // A tamperer with database access: disables the guard and edits a row.
    await t.db.execScript(
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
       UPDATE audit_events SET actor_name = '别人' WHERE id = '${victim?.id}';
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;`,
    );
    const result = await withSystemTx(t.db, (tx) => verifyAuditChains(tx));
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ id: victim?.id, seq: victim?.seq, reason: 'hash_mismatch' });
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/verify',
      headers: { cookie: auditor },
    });
    expect(api.json().firstBroken.id).toBe(victim?.id);
  });

  it('`luoshi audit verify` exits non-zero and names the broken event', async () => {
    // PGlite admits one process per data directory: release it for the CLI.
    if (kind === 'pglite') await t.db.close();
    const res = runCli(['audit', 'verify'], t.testDb.location);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/BROKEN at event seq=\d+ id=[0-9a-f-]{36}/);
  });
});

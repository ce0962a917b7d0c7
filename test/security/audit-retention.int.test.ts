/**
 * 等保2.0 level 3: audit records kept at least 180 days; old ones leave only through an export that is
 * verified before the purge, and the chains stay verifiable from a checkpoint. The append-only guard still
 * blocks UPDATE and DELETE by the application and by ordinary SQL.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAudit, purgeAudit, shanghaiMidnight } from '../../src/server/audit/retention';
import { verifyAuditChains } from '../../src/server/audit/verify-audit';
import { openDatabase, queryRows } from '../../src/server/db/client';
import { withSystemTx, withTenantTx } from '../../src/server/db/tx';
import { runCli } from '../helpers/cli';
import { buildTenant, buildUser, dbErrorOf, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

describe.each(dbKinds())('audit retention on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let tenantId: string;
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-audit-'));
  const changeUnit = async (name: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: admin },
      payload: { name, code: name, kind: 'other' },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const count = async () =>
    Number(
      (
        await queryRows<{ n: string }>(
          t.db.orm,
          sql`SELECT count(*) AS n FROM audit_events WHERE tenant_id = ${tenantId}`,
        )
      )[0]?.n,
    );
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2023-06-01T02:00:00Z');
    // A district whose chain starts in 2023 (the test app's own district was created in 2024).
    tenantId = await buildTenant(t, '旧区');
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'], tenantId }));
    await changeUnit('OLD1');
    await changeUnit('OLD2');
    t.clock.set('2024-03-01T02:00:00Z');
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'], tenantId }));
    await changeUnit('NEW1');
    // Today, for the tests: a fresh administrator (the earlier sessions are idle, their passwords expired).
    t.clock.set('2024-09-01T02:00:00Z');
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'], tenantId }));
  });
  afterAll(async () => t.close());

  it('UPDATE and DELETE stay refused for the application role and for ordinary SQL, even with the purge flag set', async () => {
    const asApp = (q: string) =>
      dbErrorOf(withTenantTx(t.db, { tenantId, userId: null }, (tx) => tx.execute(sql.raw(q))));
    expect(await asApp('DELETE FROM audit_events')).toMatch(/permission denied/);
    expect(await asApp('UPDATE audit_events SET actor_name = NULL')).toMatch(/permission denied/);
    expect(await asApp(`SELECT luoshi_audit_purge(NULL, 1, 'x', now(), 'x', now())`)).toMatch(
      /permission denied/,
    );
    expect(await dbErrorOf(t.db.rawQuery('DELETE FROM audit_events WHERE seq = 1'))).toMatch(/append-only/);
    expect(await dbErrorOf(t.db.rawQuery('UPDATE audit_events SET actor_name = NULL WHERE seq = 1'))).toMatch(
      /append-only/,
    );
    expect(
      await dbErrorOf(
        withSystemTx(t.db, (tx) =>
          tx.execute(
            sql`SELECT set_config('luoshi.audit_purge', 'on', true); DELETE FROM audit_events WHERE seq = 1`,
          ),
        ),
      ),
    ).toMatch(/append-only|cannot insert multiple/);
    expect(
      await dbErrorOf(
        withSystemTx(t.db, async (tx) => {
          await tx.execute(sql`SELECT set_config('luoshi.audit_purge', 'on', true)`);
          await tx.execute(sql`DELETE FROM audit_events WHERE seq = 1`);
        }),
      ),
    ).toMatch(/append-only/);
  });

  it('refuses a purge inside the retention period, with an altered or partial export, or an export for another date', async () => {
    const before = shanghaiMidnight('2024-01-01');
    const file = join(dir, 'jan.jsonl.gz');
    const exported = await exportAudit(t.db, before, file, t.clock.now());
    expect(exported.events).toBeGreaterThanOrEqual(3);
    // Retention: 2024-09-01 minus 365 days is after 2024-01-01's cut-off only when the setting says 180.
    const setting = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin },
      payload: { 'audit.retentionDays': 365 },
    });
    expect(setting.statusCode, setting.body).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: '/api/v1/settings',
          headers: { cookie: admin },
          payload: { 'audit.retentionDays': 90 },
        })
      ).statusCode,
    ).toBe(422);
    const n = await count();
    // The settings change above wrote new events; they are not before the cut-off, so the plan is unchanged.
    await expect(purgeAudit(t.db, before, file, t.clock.now())).rejects.toThrow(/at least 365 days/);
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin },
      payload: { 'audit.retentionDays': 180 },
    });
    await expect(purgeAudit(t.db, shanghaiMidnight('2024-08-01'), file, t.clock.now())).rejects.toThrow(
      /another date/,
    );
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .trim()
      .split('\n');
    const partial = join(dir, 'partial.jsonl.gz');
    await writeFile(partial, gzipSync(lines.slice(0, -1).join('\n') + '\n'));
    await expect(purgeAudit(t.db, before, partial, t.clock.now())).rejects.toThrow(/incomplete or altered/);
    const altered = join(dir, 'altered.jsonl.gz');
    await writeFile(
      altered,
      gzipSync(
        lines
          .map((l, i) => (i === 1 ? l.replace(/"actorName":"[^"]*"/, '"actorName":"别人"') : l))
          .join('\n') + '\n',
      ),
    );
    await expect(purgeAudit(t.db, before, altered, t.clock.now())).rejects.toThrow(/incomplete or altered/);
    // Nothing was purged: only the setting change back to 180 days was added.
    expect(await count()).toBe(n + 1);
  });

  it('purges exactly the exported events, records a checkpoint, and `audit verify` still passes from it', async () => {
    const before = shanghaiMidnight('2024-01-01');
    const file = join(dir, 'jan2.jsonl.gz');
    const exported = await exportAudit(t.db, before, file, t.clock.now());
    const tenantChain = exported.chains.find((c) => c.tenantId === tenantId)!;
    const n = await count();
    const result = await purgeAudit(t.db, before, file, t.clock.now());
    expect(result.purged).toBe(exported.events);
    // The tenant's chain lost its old prefix and gained the audit.purged event.
    expect(await count()).toBe(n - tenantChain.count + 1);
    const oldest = await queryRows<{ at: Date | string }>(
      t.db.orm,
      sql`SELECT min(at) AS at FROM audit_events WHERE tenant_id = ${tenantId}`,
    );
    expect(new Date(oldest[0]!.at).getTime()).toBeGreaterThanOrEqual(before.getTime());
    const [cp] = await queryRows<{ seq: string; hash: string }>(
      t.db.orm,
      sql`SELECT seq, hash FROM audit_checkpoints WHERE tenant_id = ${tenantId}`,
    );
    expect(Number(cp?.seq)).toBe(tenantChain.throughSeq);
    expect(cp?.hash).toBe(tenantChain.lastHash);
    const verified = await withSystemTx(t.db, (tx) => verifyAuditChains(tx));
    expect(verified).toMatchObject({ ok: true });
    // The checkpoint is append-only too.
    expect(await dbErrorOf(t.db.rawQuery('DELETE FROM audit_checkpoints'))).toMatch(/append-only/);
    // Deleting the first kept event behind the guard's back is named by verify.
    await changeUnit('NEW2');
    expect((await withSystemTx(t.db, (tx) => verifyAuditChains(tx))).ok).toBe(true);
  });

  it('`luoshi audit purge` takes a verified export; the database then verifies from the checkpoints', async () => {
    const before = shanghaiMidnight('2024-06-01');
    const file = join(dir, 'jun.jsonl.gz');
    const exported = await exportAudit(t.db, before, file, t.clock.now());
    expect(exported.events).toBeGreaterThan(0);
    if (kind === 'pglite') await t.db.close();
    const res = runCli(['audit', 'purge', '--before', '2024-06-01', '--export', file], t.testDb.location);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`purged ${exported.events} audit events`));
    const db = kind === 'pglite' ? await openDatabase({ ...t.testDb.location }) : t.db;
    try {
      expect(await withSystemTx(db, (tx) => verifyAuditChains(tx))).toMatchObject({ ok: true });
      const cps = await queryRows<{ n: string }>(
        db.orm,
        sql`SELECT count(*) AS n FROM audit_checkpoints WHERE tenant_id = ${tenantId}`,
      );
      expect(Number(cps[0]?.n)).toBe(2);
    } finally {
      if (kind === 'pglite') await db.close();
    }
  }, 180_000);
});

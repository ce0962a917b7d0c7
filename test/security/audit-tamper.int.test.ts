/**
 * Tamper-evident audit (等保2.0 level 3, issue #11 finding 11): an event edited in the database breaks its
 * hash, and deleting the chain's LAST events — which leaves a shorter chain that still links — is caught by
 * the signed head anchors written outside the database (src/server/audit/audit-anchor.ts).
 */
import { appendFile, mkdtemp, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  anchorFileName,
  anchorsOfDatabase,
  anchorKeyFileName,
  readAuditAnchors,
  startAuditAnchoring,
  writeAuditAnchors,
} from '../../src/server/audit/audit-anchor';
import { recordAudit } from '../../src/server/audit/record-audit';
import { verifyAuditChains } from '../../src/server/audit/verify-audit';
import type { AppDeps } from '../../src/server/context';
import { queryRows } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { runCli } from '../helpers/cli';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

/** The test app's deps with the data folder the CLI will be given (PGlite's own folder, else a fresh one). */
async function withDataDir(t: TestApp): Promise<AppDeps> {
  const dataDir = t.testDb.location.dataDir || (await mkdtemp(join(resolve('.tmp'), 'anchors-')));
  return { ...t.deps, config: { ...t.deps.config, dataDir } };
}

async function writeEvents(t: TestApp, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await withSystemTx(t.db, (tx) =>
      recordAudit(tx, {
        tenantId: t.tenantId,
        at: t.clock.now(),
        actorId: null,
        actorName: '测试',
        ip: null,
        action: 'unit.created',
        entityType: 'unit',
        entityId: `u${i}`,
        after: { name: `单位${i}` },
      }),
    );
  }
}

const chainOf = async (t: TestApp) =>
  queryRows<{ id: string; seq: string }>(
    t.db.orm,
    sql`SELECT id, seq FROM audit_events WHERE tenant_id = ${t.tenantId} ORDER BY seq`,
  );

/** What the database owner can do: switch the append-only trigger off and change the table. */
async function asOwner(t: TestApp, statement: string): Promise<void> {
  await t.db.execScript(
    `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
     ${statement};
     ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;`,
  );
}

function cliVerify(t: TestApp, deps: AppDeps) {
  return runCli(['audit', 'verify'], { ...t.testDb.location, dataDir: deps.config.dataDir });
}

describe.each(dbKinds())('tamper-evident audit on %s', (kind) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('an event edited in the database is named by `luoshi audit verify`', async () => {
    t = await createTestApp(kind);
    await writeEvents(t, 3);
    const [victim] = await chainOf(t);
    await asOwner(t, `UPDATE audit_events SET diff = '{"after":{"name":"篡改"}}' WHERE id = '${victim?.id}'`);
    if (kind === 'pglite') await t.db.close();
    const res = cliVerify(t, await withDataDir(t));
    expect(res.status).toBe(1);
    expect(res.stdout).toContain(`id=${victim?.id}`);
    expect(res.stdout).toContain('hash_mismatch');
  }, 180_000);

  it('deleting the last events as the database owner is named against the signed anchor', async () => {
    t = await createTestApp(kind);
    const deps = await withDataDir(t);
    await writeEvents(t, 5);
    const written = await writeAuditAnchors(deps);
    const head = written.find((a) => a.tenantId === t.tenantId);
    const chain = await chainOf(t);
    const n = chain.length;
    expect(head).toMatchObject({ seq: n, lastEventId: chain[n - 1]?.id });
    // The anchor file and its key are the owner's only.
    expect((await stat(join(deps.config.dataDir, anchorFileName))).mode & 0o777).toBe(0o600);
    expect((await stat(join(deps.config.dataDir, anchorKeyFileName))).mode & 0o777).toBe(0o600);
    const anchors = await readAuditAnchors(deps.config);
    expect((await withSystemTx(t.db, (tx) => verifyAuditChains(tx, undefined, anchors))).ok).toBe(true);

    // The shorter chain still links: without the anchor, nothing would show.
    await asOwner(t, `DELETE FROM audit_events WHERE tenant_id = '${t.tenantId}' AND seq > ${n - 2}`);
    if (kind === 'pglite') await t.db.close();
    const res = cliVerify(t, deps);
    expect(res.stdout).toContain('TRUNCATED');
    expect(res.stdout).toContain(`the chain ends at event seq=${n - 2} id=${chain[n - 3]?.id}`);
    expect(res.stdout).toContain(`recorded head seq=${n} id=${chain[n - 1]?.id}`);
    expect(res.status).toBe(1);
  }, 180_000);

  it('a database is held only to its own anchors when several share the data folder', async () => {
    // PostgreSQL databases of one installation, or a restore into a new database, share one folder; test
    // databases are even copies of one template, with the same district ids. A PGlite database IS its folder,
    // anchors included: a copy of the folder is the same database with the same anchors.
    if (kind !== 'postgres') return;
    t = await createTestApp(kind);
    const deps = await withDataDir(t);
    await writeEvents(t, 4);
    const other = await createTestApp(kind);
    try {
      await writeEvents(other, 6);
      await writeAuditAnchors({
        ...other.deps,
        config: { ...other.deps.config, dataDir: deps.config.dataDir },
      });
      expect((await anchorsOfDatabase(deps.config, t.db)).mine).toEqual([]);
      await writeAuditAnchors(deps);
      const { mine, others } = await anchorsOfDatabase(deps.config, t.db);
      expect(others).toBeGreaterThan(0);
      expect(mine.find((a) => a.tenantId === t.tenantId)?.seq).toBe((await chainOf(t)).length);
    } finally {
      await other.close();
    }
    const res = cliVerify(t, deps);
    expect(res.stdout).toMatch(/intact.*anchors of other databases/);
    expect(res.status).toBe(0);
  }, 180_000);

  it('a forged anchor line is refused; anchors follow N events and a stop', async () => {
    t = await createTestApp(kind, {
      config: { auditAnchor: { intervalMs: 3_600_000, everyEvents: 3, key: 'k'.repeat(32) } },
    });
    const deps = await withDataDir(t);
    const lines = async () =>
      (await readFile(join(deps.config.dataDir, anchorFileName), 'utf8')).trim().split('\n');
    const logged: unknown[] = [];
    const runner = await startAuditAnchoring(
      deps,
      (a) => logged.push(a),
      (e) => logged.push(e),
    );
    const atStart = (await lines()).length;
    const base = (await chainOf(t)).length;
    await writeEvents(t, 3);
    await new Promise((r) => setTimeout(r, 300));
    expect((await lines()).length).toBe(atStart + 1);
    expect(JSON.parse((await lines()).at(-1) ?? '{}')).toMatchObject({ tenantId: t.tenantId, seq: base + 3 });
    await writeEvents(t, 1);
    await runner.stop();
    expect(JSON.parse((await lines()).at(-1) ?? '{}')).toMatchObject({ tenantId: t.tenantId, seq: base + 4 });
    expect(logged).toHaveLength((await lines()).length);

    const forged = { ...JSON.parse((await lines()).at(-1) ?? '{}'), seq: 2 };
    await appendFile(join(deps.config.dataDir, anchorFileName), JSON.stringify(forged) + '\n');
    await expect(readAuditAnchors(deps.config)).rejects.toThrow(/bad signature/);
  }, 60_000);
});

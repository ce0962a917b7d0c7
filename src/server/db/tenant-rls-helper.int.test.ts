import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, dbErrorOf } from '../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../test/helpers/test-app';
import { queryRows } from './client';
import { withSystemTx, withTenantTx } from './tx';

// A table set up the way a new migration does it (migration 0026): the helper alone must isolate tenants.
describe.each(dbKinds())('luoshi_enable_tenant_rls on %s', (kind) => {
  let t: TestApp;
  let otherTenant: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    otherTenant = await buildTenant(t);
    await withSystemTx(t.db, async (tx) => {
      await tx.execute(
        sql`CREATE TABLE rls_helper_probe (id serial PRIMARY KEY, tenant_id uuid NOT NULL, note text NOT NULL)`,
      );
      await tx.execute(sql`SELECT luoshi_enable_tenant_rls('rls_helper_probe')`);
      await tx.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON rls_helper_probe TO luoshi_app`);
      await tx.execute(sql`GRANT USAGE ON SEQUENCE rls_helper_probe_id_seq TO luoshi_app`);
      // The owner (system_access) writes for both tenants.
      await tx.execute(
        sql`INSERT INTO rls_helper_probe (tenant_id, note) VALUES (${t.tenantId}, '本区'), (${otherTenant}, '外区')`,
      );
    });
  });
  afterAll(async () => t.close());

  const notes = (tenantId: string) =>
    withTenantTx(t.db, { tenantId, userId: null }, async (tx) =>
      (await queryRows<{ note: string }>(tx, sql`SELECT note FROM rls_helper_probe ORDER BY id`)).map(
        (r) => r.note,
      ),
    );

  it('enables and forces row-level security with the two policies every table has', async () => {
    const [table] = await withSystemTx(t.db, (tx) =>
      queryRows<{ enabled: boolean; forced: boolean }>(
        tx,
        sql`SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE relname = 'rls_helper_probe'`,
      ),
    );
    expect(table).toEqual({ enabled: true, forced: true });
    const policies = await withSystemTx(t.db, (tx) =>
      queryRows<{ name: string; roles: string }>(
        tx,
        sql`SELECT policyname AS name, array_to_string(roles, ',') AS roles FROM pg_policies WHERE tablename = 'rls_helper_probe' ORDER BY policyname`,
      ),
    );
    expect(policies.map((p) => p.name)).toEqual(['system_access', 'tenant_isolation']);
    expect(policies.find((p) => p.name === 'tenant_isolation')?.roles).toBe('luoshi_app');
  });

  it('a request transaction sees only its own tenant, and nothing without one', async () => {
    expect(await notes(t.tenantId)).toEqual(['本区']);
    expect(await notes(otherTenant)).toEqual(['外区']);
    expect(await notes('00000000-0000-7000-8000-000000000001')).toEqual([]);
  });

  it("cannot write into another tenant's rows", async () => {
    const refused = await dbErrorOf(
      withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
        tx.execute(sql`INSERT INTO rls_helper_probe (tenant_id, note) VALUES (${otherTenant}, '越界')`),
      ),
    );
    expect(refused).toMatch(/row-level security/);
    const updated = await withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
      queryRows<{ id: number }>(
        tx,
        sql`UPDATE rls_helper_probe SET note = '改' WHERE tenant_id = ${otherTenant} RETURNING id`,
      ),
    );
    expect(updated).toHaveLength(0);
    expect(await notes(otherTenant)).toEqual(['外区']);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit, buildUser, dbErrorOf } from '../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../test/helpers/test-app';
import { queryRows } from './client';
import { withTenantTx } from './tx';

describe.each(dbKinds())('row-level security on %s', (kind) => {
  let t: TestApp;
  let otherTenant: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    otherTenant = await buildTenant(t);
    await buildUnit(t, { name: '本区单位' });
    await buildUnit(t, { tenantId: otherTenant, name: '外区单位' });
    await buildUser(t, { roles: ['leader'] });
  });
  afterAll(async () => t.close());

  const names = (tenantId: string) =>
    withTenantTx(t.db, { tenantId, userId: null }, async (tx) =>
      (await queryRows<{ name: string }>(tx, sql`SELECT name FROM units`)).map((r) => r.name),
    );

  it('a raw query without a tenant filter sees only the transaction tenant', async () => {
    expect(await names(t.tenantId)).toEqual(['本区单位']);
    expect(await names(otherTenant)).toEqual(['外区单位']);
  });

  it('a raw query under a tenant that does not exist sees nothing, in any table', async () => {
    const nobody = '00000000-0000-7000-8000-000000000001';
    await withTenantTx(t.db, { tenantId: nobody, userId: null }, async (tx) => {
      for (const table of [
        'tenants',
        'units',
        'users',
        'sessions',
        'password_history',
        'settings',
        'audit_events',
      ]) {
        const rows = await queryRows<{ n: number }>(
          tx,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.raw(table === 'audit_events' ? 'tenant_id IS NOT NULL' : 'true')}`,
        );
        expect(rows[0]?.n, table).toBe(0);
      }
    });
  });

  it("cannot write into another tenant's rows", async () => {
    const refused = await dbErrorOf(
      withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
        tx.execute(
          sql`INSERT INTO units (id, tenant_id, code, name, kind) VALUES (gen_random_uuid(), ${otherTenant}, 'X1', '越界', 'other')`,
        ),
      ),
    );
    expect(refused).toMatch(/row-level security/);
    const updated = await withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`UPDATE units SET name = '改' WHERE tenant_id = ${otherTenant} RETURNING id`,
      ),
    );
    expect(updated).toHaveLength(0);
  });

  it('the request role is not the table owner and is subject to FORCE ROW LEVEL SECURITY', async () => {
    const rows = await withTenantTx(t.db, { tenantId: t.tenantId, userId: null }, (tx) =>
      queryRows<{ role: string; forced: boolean }>(
        tx,
        sql`SELECT current_user AS role, (SELECT relforcerowsecurity FROM pg_class WHERE relname = 'units') AS forced`,
      ),
    );
    expect(rows[0]).toEqual({ role: 'luoshi_app', forced: true });
  });
});

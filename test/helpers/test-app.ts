/**
 * Integration tests build a real app on a real database: a copy of the migrated PGlite template, or a new
 * PostgreSQL database from the template when LUOSHI_TEST_PG is set. Nothing is mocked; the clock is manual.
 */
import { randomUUID } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { ensureTenant } from '../../src/server/bootstrap';
import { ManualClock } from '../../src/server/clock';
import { loadConfig, type Config } from '../../src/server/config';
import type { AppDeps } from '../../src/server/context';
import { installDataKeys } from '../../src/server/crypto/data-protection';
import { testDataKeyHex } from './data-key';
import { openDatabase, type Database } from '../../src/server/db/client';
import type { ReadReplica } from '../../src/server/db/read-replica';
import { withSystemTx } from '../../src/server/db/tx';
import type { App } from '../../src/server/http';

export type DbKind = 'pglite' | 'postgres';

/** The databases every integration suite runs on: PGlite always, PostgreSQL when CI provides it. */
export function dbKinds(): DbKind[] {
  return inject('pgTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  kind: DbKind;
  db: Database;
  /** Where the database lives: a PGlite folder, or a PostgreSQL URL. */
  location: { dataDir: string; databaseUrl: string | undefined };
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database of the given kind. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dataDir = resolve('.tmp', `db-${randomUUID()}`);
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
    const db = await openDatabase({ dataDir });
    return {
      kind,
      db,
      location: { dataDir, databaseUrl: undefined },
      async drop() {
        await db.close().catch(() => undefined);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const base = process.env.LUOSHI_TEST_PG as string;
  const name = `luoshi_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  const databaseUrl = u.toString();
  const db = await openDatabase({ databaseUrl, dataDir: '', poolSize: 5 });
  return {
    kind,
    db,
    location: { dataDir: '', databaseUrl },
    async drop() {
      await db.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestApp {
  kind: DbKind;
  app: App;
  db: Database;
  deps: AppDeps;
  clock: ManualClock;
  tenantId: string;
  testDb: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    webDir: join('.tmp', 'no-web'),
    loginRateLimitPerMinute: 10_000,
    dataKeys: { keys: `test:${testDataKeyHex}`, key: undefined, keyFile: undefined },
    ...overrides,
  };
}

/**
 * An app on a fresh database with one district (tenant) and no users — or on the migrated database given, with
 * the read replica given (the replica suites).
 */
export async function createTestApp(
  kind: DbKind,
  options: { config?: Partial<Config>; database?: TestDatabase; replica?: ReadReplica } = {},
): Promise<TestApp> {
  const testDb = options.database ?? (await createTestDatabase(kind));
  const clock = new ManualClock('2024-03-01T02:00:00Z');
  const deps: AppDeps = {
    db: testDb.db,
    clock,
    config: testConfig(options.config),
    ...(options.replica ? { replica: options.replica } : {}),
  };
  installDataKeys(deps.config);
  const tenantId = await withSystemTx(testDb.db, (tx) => ensureTenant(tx, '测试区', clock.now()));
  const app = await buildApp(deps);
  await app.ready();
  return {
    kind,
    app,
    db: testDb.db,
    deps,
    clock,
    tenantId,
    testDb,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

/**
 * Prepares the databases the integration tests copy: a migrated PGlite data directory (copying it is ~10×
 * faster than initialising a new one) and, when LUOSHI_TEST_PG is set, a migrated PostgreSQL template database.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/db/client';
import { migrationsDir, runMigrations } from '../src/server/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string | null;
  }
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of (await readdir(migrationsDir)).sort())
    hash.update(f).update(await readFile(join(migrationsDir, f)));
  return hash.digest('hex').slice(0, 12);
}

export default async function setup(project: TestProject): Promise<void> {
  const hash = await migrationsHash();
  const root = resolve('.tmp');
  await mkdir(root, { recursive: true });
  const template = join(root, `pglite-template-${hash}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = `${template}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    const db = await openDatabase({ dataDir: building });
    await runMigrations(db);
    await db.close();
    await rm(template, { recursive: true, force: true });
    await rename(building, template);
  }
  project.provide('pgliteTemplate', template);

  const url = process.env.LUOSHI_TEST_PG;
  if (!url) {
    project.provide('pgTemplate', null);
    return;
  }
  const name = `luoshi_tpl_${hash}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `LUOSHI_TEST_PG is set but PostgreSQL cannot be reached at ${url}: ${(error as Error).message}`,
    );
  }
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_b${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const u = new URL(url);
      u.pathname = `/${building}`;
      const db = await openDatabase({ databaseUrl: u.toString(), dataDir: '' });
      await runMigrations(db);
      await db.close();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
  } finally {
    await admin.end();
  }
  project.provide('pgTemplate', name);
}

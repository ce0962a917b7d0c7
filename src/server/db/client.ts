import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { schema, type Schema } from './schema';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { restrictDataDir } from './data-dir-modes';

/** Anything that runs queries: the database or a transaction. Repositories take this. */
export type Executor = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  orm: Executor;
  /** Runs a multi-statement SQL script outside any transaction (migrations). */
  execScript(sqlText: string): Promise<void>;
  /** Raw SQL for libraries that bring their own (pg-boss): parameters, or several statements without. */
  rawQuery(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Connections: open, idle, callers waiting for one, and the bound (PGlite: one connection, in process). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite in dataDir (one process per directory). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const orm = drizzlePg({ client: pool, schema }) as unknown as Executor;
  return {
    kind: 'postgres',
    orm,
    async execScript(text) {
      const conn = await pool.connect();
      try {
        await conn.query(text);
      } catch (error) {
        // A script with BEGIN that failed leaves the connection in an aborted transaction.
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
    async rawQuery(text, values) {
      const result = await pool.query(text, values as unknown[] | undefined);
      // A multi-statement text answers one result per statement; callers want the last.
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: (last?.rows ?? []) as unknown[] };
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const lock: DataDirLock = await acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
    // The data folder holds password hashes and every district's data: owner-only (0700/0600).
    await restrictDataDir(dataDir);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const orm = drizzlePglite({ client, schema }) as unknown as Executor;
  return {
    kind: 'pglite',
    orm,
    async execScript(text) {
      try {
        await client.exec(text);
      } catch (error) {
        await client.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    async rawQuery(text, values) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      const results = await client.exec(text);
      return { rows: results[results.length - 1]?.rows ?? [] };
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0, max: 1 }),
    async close() {
      await client.close();
      await lock.release();
    },
  };
}

/** Rows of a raw SQL query, the same on both drivers. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

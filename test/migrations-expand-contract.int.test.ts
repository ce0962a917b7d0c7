/**
 * The expand/contract rule (src/server/db/schema-compat.ts): every migration must leave a schema the previous
 * version's code still works on, because during a rolling upgrade the first new node migrates while the old
 * nodes serve. Each migration is applied in order to an empty database and the catalogue compared before and
 * after; then known breaking statements are tried on the migrated schema and must each be refused.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../src/server/db/migrate';
import {
  checkValueList,
  compareCatalogs,
  readCatalog,
  refusal,
  type CatalogSnapshot,
} from '../src/server/db/schema-compat';
import packageJson from '../package.json' with { type: 'json' };
import { dbKinds } from './helpers/test-app';

/**
 * Migrations written before the rule existed that it would refuse, and why each is harmless or was accepted then.
 * The list must stay exactly what the check finds: a new entry cannot be slipped in here.
 */
const beforeTheRule: Record<string, string> = {
  '0038_acceptance.sql': 'the CHECK ties the new acceptance column to kind; old code never set acceptance',
  '0039_responsibility.sql': "the CHECK concerns the new unit kind 'section', which old code never wrote",
  '0044_instruction_due_dates.sql':
    'NOT NULL due_date added with a back-fill: an old node writing an instruction during the upgrade would fail (one-node upgrades only then)',
  '0046_rating_reason.sql': 'loosened, not tightened: a rating of good no longer needs a reason',
};

interface Engine {
  exec(text: string): Promise<void>;
  query(text: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function emptyDatabase(kind: 'pglite' | 'postgres'): Promise<Engine> {
  if (kind === 'pglite') {
    const db = new PGlite();
    return {
      exec: async (text) => void (await db.exec(text)),
      query: async (text) => (await db.query<Record<string, unknown>>(text)).rows,
      close: () => db.close(),
    };
  }
  const base = process.env.LUOSHI_TEST_PG as string;
  const name = `luoshi_compat_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    exec: async (text) => void (await client.query(text)),
    query: async (text) => (await client.query(text)).rows as Record<string, unknown>[],
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const version = packageJson.version;

describe.each(dbKinds())('expand/contract rule for migrations (%s)', (kind) => {
  let db: Engine;
  let migrated: CatalogSnapshot;
  const refused = new Map<string, string>();

  beforeAll(async () => {
    db = await emptyDatabase(kind);
    let before = await readCatalog(db.query);
    for (const file of readdirSync(migrationsDir)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const text = readFileSync(join(migrationsDir, file), 'utf8');
      await db.exec(text);
      const after = await readCatalog(db.query);
      const why = refusal(compareCatalogs(before, after), text, version);
      if (why) refused.set(file, why);
      before = after;
    }
    migrated = before;
  }, 180_000);
  afterAll(async () => db?.close());

  it('every migration since the rule keeps the previous version working; the older exceptions are exactly those listed', () => {
    const unexplained = [...refused].filter(([file]) => !beforeTheRule[file]);
    expect(unexplained).toEqual([]);
    expect([...refused.keys()].sort()).toEqual(Object.keys(beforeTheRule).sort());
  });

  /** Applies a statement to the migrated schema inside a transaction that is rolled back, and judges it. */
  async function judge(statement: string, shipping = version): Promise<string | null> {
    await db.exec('BEGIN');
    try {
      await db.exec(statement);
      return refusal(compareCatalogs(migrated, await readCatalog(db.query)), statement, shipping);
    } finally {
      await db.exec('ROLLBACK');
    }
  }

  it.each([
    ['a dropped column', 'ALTER TABLE tasks DROP COLUMN is_livelihood', 'column_dropped tasks.is_livelihood'],
    ['a renamed column', 'ALTER TABLE tasks RENAME COLUMN title TO name', 'column_dropped tasks.title'],
    ['a dropped table', 'DROP TABLE cooperation_ratings', 'table_dropped cooperation_ratings'],
    ['a renamed table', 'ALTER TABLE subtasks RENAME TO sub_tasks', 'table_dropped subtasks'],
    [
      'a changed type',
      'ALTER TABLE tasks ALTER COLUMN title TYPE varchar(200)',
      'column_type_changed tasks.title',
    ],
    [
      'SET NOT NULL',
      'ALTER TABLE reports ALTER COLUMN public_summary SET NOT NULL',
      'not_null_without_default reports.public_summary',
    ],
    [
      'a new NOT NULL column',
      'ALTER TABLE tasks ADD COLUMN weight integer NOT NULL',
      'not_null_without_default tasks.weight',
    ],
    [
      'a narrowed vocabulary',
      "ALTER TABLE units DROP CONSTRAINT units_kind_check; ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN ('party', 'government'))",
      'values no longer allowed',
    ],
    [
      'a new rule on old columns',
      'ALTER TABLE tasks ADD CONSTRAINT tasks_title_short CHECK (length(title) < 50)',
      'check_tightened tasks.tasks_title_short',
    ],
    ['a revoked privilege', 'REVOKE UPDATE ON tasks FROM luoshi_app', 'grant_revoked tasks'],
  ])('refuses %s', async (_name, statement, expected) => {
    expect(await judge(statement)).toContain(expected);
  });

  it('accepts what only adds: a new table, a nullable or defaulted column, a wider vocabulary, an index', async () => {
    expect(await judge('CREATE TABLE scratch (id uuid PRIMARY KEY, note text NOT NULL)')).toBeNull();
    expect(
      await judge('ALTER TABLE tasks ADD COLUMN note text, ADD COLUMN weight integer NOT NULL DEFAULT 1'),
    ).toBeNull();
    expect(await judge('CREATE INDEX tasks_note_idx ON tasks (tenant_id, title)')).toBeNull();
    const kinds = checkValueList(migrated.checks['units.units_kind_check'] as string) ?? [];
    expect(kinds.length).toBeGreaterThan(2);
    expect(
      await judge(
        `ALTER TABLE units DROP CONSTRAINT units_kind_check; ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN (${[...kinds, 'village'].map((k) => `'${k}'`).join(', ')}))`,
      ),
    ).toBeNull();
  });

  it('a contract step passes only when marked with a version released before the one it ships in', async () => {
    const drop = 'ALTER TABLE tasks DROP COLUMN is_livelihood';
    expect(
      await judge(`-- luoshi:contract 0.1.0: no code reads is_livelihood since 0.1.0\n${drop}`, '0.2.0'),
    ).toBeNull();
    expect(await judge(`-- luoshi:contract 0.2.0: too early\n${drop}`, '0.2.0')).toContain('ships in 0.2.0');
    expect(await judge(`-- a comment, no marker\n${drop}`, '0.2.0')).toContain('not backward-compatible');
  });
});

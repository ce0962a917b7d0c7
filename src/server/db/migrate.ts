import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client';

export const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

let newest: Promise<string> | undefined;

/** The name of the newest migration file this code carries (read once): health/ready checks it is applied. */
export function newestMigration(): Promise<string> {
  newest ??= readdir(migrationsDir).then(
    (names) =>
      names
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .at(-1) ?? '',
  );
  return newest;
}

/** Applies the plain SQL migrations not yet applied, in name order, each in its own transaction. */
export async function runMigrations(db: Database): Promise<string[]> {
  await db.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set(
    (await queryRows<{ name: string }>(db.orm, sql`SELECT name FROM schema_migrations`)).map((r) => r.name),
  );
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const text = await readFile(join(migrationsDir, file), 'utf8');
    const escaped = file.replace(/'/g, "''");
    // The INSERT comes first: a second server migrating at the same moment waits on its key, then fails
    // with a unique violation and rolls back, and the migration runs once.
    try {
      await db.execScript(
        `BEGIN;\nINSERT INTO schema_migrations (name) VALUES ('${escaped}');\n${text}\n;COMMIT;`,
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23505') continue;
      throw error;
    }
    done.push(file);
  }
  return done;
}

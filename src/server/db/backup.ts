import { createReadStream, createWriteStream } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { AppError } from '../errors';
import { queryRows, type Database, type Executor } from './client';

/**
 * Logical backup: every application table, as JSON rows, gzip-compressed, one JSON document per line. The
 * same on PGlite and PostgreSQL (so a backup moves between them), taken in one REPEATABLE READ snapshot
 * so that it is consistent while writes go on.
 */
export const backupFormat = 'luoshi-backup';
const pageSize = 2000;

interface TableInfo {
  name: string;
  dependsOn: string[];
  selfRefColumns: Array<{ column: string; references: string }>;
}

/**
 * Application tables in an order that satisfies their foreign keys. Not the migrations (the target is migrated
 * already) nor the database's own identity (0024): a restored database is a new one for the audit anchors.
 */
async function tablesInDependencyOrder(tx: Executor): Promise<TableInfo[]> {
  const tables = await queryRows<{ name: string }>(
    tx,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'database_identity') ORDER BY tablename`,
  );
  const fks = await queryRows<{ child: string; parent: string; child_col: string; parent_col: string }>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
               a.attname AS child_col, pa.attname AS parent_col
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const info = new Map<string, TableInfo>(
    tables.map((t) => [t.name, { name: t.name, dependsOn: [], selfRefColumns: [] }]),
  );
  for (const fk of fks) {
    const child = info.get(fk.child);
    if (!child) continue;
    if (fk.child === fk.parent)
      child.selfRefColumns.push({ column: fk.child_col, references: fk.parent_col });
    else child.dependsOn.push(fk.parent);
  }
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const t = info.get(name);
    if (!t || ordered.includes(t) || visiting.has(name)) return;
    visiting.add(name);
    t.dependsOn.forEach(visit);
    ordered.push(t);
  };
  [...info.keys()].forEach(visit);
  return ordered;
}

async function appliedMigrations(tx: Executor): Promise<string[]> {
  return (await queryRows<{ name: string }>(tx, sql`SELECT name FROM schema_migrations ORDER BY name`)).map(
    (r) => r.name,
  );
}

export interface BackupSummary {
  tables: Record<string, number>;
}

export async function backupDatabase(db: Database, file: string, now: Date): Promise<BackupSummary> {
  const summary: BackupSummary = { tables: {} };
  async function* lines(): AsyncGenerator<string> {
    const chunks: string[] = [];
    await db.orm.transaction(
      async (tx) => {
        const ex = tx as unknown as Executor;
        const tables = await tablesInDependencyOrder(ex);
        chunks.push(
          JSON.stringify({
            format: backupFormat,
            version: 1,
            createdAt: now.toISOString(),
            migrations: await appliedMigrations(ex),
            tables: tables.map((t) => t.name),
          }) + '\n',
        );
        for (const table of tables) {
          let total = 0;
          for (let offset = 0; ; offset += pageSize) {
            const rows = await queryRows<{ row: unknown }>(
              ex,
              sql`SELECT row_to_json(t) AS row FROM ${sql.identifier(table.name)} t ORDER BY ctid LIMIT ${pageSize} OFFSET ${offset}`,
            );
            if (rows.length === 0) break;
            total += rows.length;
            chunks.push(JSON.stringify({ table: table.name, rows: rows.map((r) => r.row) }) + '\n');
            if (rows.length < pageSize) break;
          }
          summary.tables[table.name] = total;
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    yield* chunks;
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
  // A backup holds password hashes: owner-only, also when it replaced an older file.
  await chmod(file, 0o600);
  return summary;
}

/**
 * Parents before children for a table that references itself (units.parent_id, tasks.parent_id), each row
 * once, in any order the backup holds them (a parent may come after its child, chains may be long). A loop
 * (a row that is its own ancestor) cannot be inserted with its keys checked: it is refused by its ids, with
 * no row data in the message.
 */
export function sortSelfReferencing(
  rows: Record<string, unknown>[],
  table: Pick<TableInfo, 'name' | 'selfRefColumns'>,
): Record<string, unknown>[] {
  if (table.selfRefColumns.length === 0) return rows;
  const keyOf = (row: Record<string, unknown>, column: string) =>
    row[column] === null || row[column] === undefined ? undefined : String(row[column]);
  // Rows by each referenced column, and how many parents in this batch each row still waits for.
  const byKey = new Map<string, Map<string, number>>();
  for (const { references } of table.selfRefColumns) {
    const index = new Map<string, number>();
    rows.forEach((r, i) => {
      const k = keyOf(r, references);
      if (k !== undefined) index.set(k, i);
    });
    byKey.set(references, index);
  }
  const waiting = new Array<number>(rows.length).fill(0);
  const children = rows.map(() => [] as number[]);
  rows.forEach((row, i) => {
    for (const { column, references } of table.selfRefColumns) {
      const k = keyOf(row, column);
      const parent = k === undefined ? undefined : byKey.get(references)?.get(k);
      if (parent === undefined) continue;
      waiting[i] = (waiting[i] ?? 0) + 1;
      children[parent]?.push(i);
    }
  });
  // Kahn's algorithm: a row is placed once all its parents are.
  const queue = rows.map((_r, i) => i).filter((i) => waiting[i] === 0);
  const out: Record<string, unknown>[] = [];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q] as number;
    out.push(rows[i] as Record<string, unknown>);
    for (const c of children[i] ?? []) {
      waiting[c] = (waiting[c] ?? 0) - 1;
      if (waiting[c] === 0) queue.push(c);
    }
  }
  if (out.length < rows.length) {
    const stuck = rows.filter((_r, i) => (waiting[i] ?? 0) > 0).map((r) => String(r['id'] ?? '?'));
    throw new AppError('BAD_REQUEST', {
      message: `备份中表 ${table.name} 的上级关系有循环，无法恢复 / the backup's ${table.name} rows reference each other in a loop: ${stuck.slice(0, 5).join(', ')}${stuck.length > 5 ? ` (+${stuck.length - 5})` : ''}`,
    });
  }
  return out;
}

/** Restores a backup into an empty database (migrated to the same version), all or nothing. */
export async function restoreDatabase(db: Database, file: string): Promise<BackupSummary> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const rowsByTable = new Map<string, Record<string, unknown>[]>();
  let header: { format?: string; migrations?: string[] } | undefined;
  for await (const line of input) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as {
      format?: string;
      migrations?: string[];
      table?: string;
      rows?: Record<string, unknown>[];
    };
    if (!header) {
      if (doc.format !== backupFormat)
        throw new AppError('BAD_REQUEST', { message: `不是落实备份文件 / not a Luoshi backup: ${file}` });
      header = doc;
      continue;
    }
    if (doc.table && doc.rows)
      rowsByTable.set(doc.table, [...(rowsByTable.get(doc.table) ?? []), ...doc.rows]);
  }
  if (!header) throw new AppError('BAD_REQUEST', { message: `备份文件为空 / empty backup: ${file}` });
  const summary: BackupSummary = { tables: {} };
  await db.orm.transaction(async (tx) => {
    const ex = tx as unknown as Executor;
    const migrations = await appliedMigrations(ex);
    if (JSON.stringify(migrations) !== JSON.stringify(header?.migrations ?? [])) {
      throw new AppError('BAD_REQUEST', {
        message: '备份与数据库的版本不一致 / the backup was made by another schema version',
        details: { backup: header?.migrations, database: migrations },
      });
    }
    const tables = await tablesInDependencyOrder(ex);
    for (const table of tables) {
      const [row] = await queryRows<{ n: number }>(
        ex,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(table.name)}`,
      );
      if ((row?.n ?? 0) > 0) {
        throw new AppError('BAD_REQUEST', {
          message: `只能恢复到空数据库：表 ${table.name} 已有数据 / restore needs an empty database (${table.name} has rows)`,
        });
      }
    }
    for (const table of tables) {
      const rows = sortSelfReferencing(rowsByTable.get(table.name) ?? [], table);
      for (let i = 0; i < rows.length; i += 500) {
        const batch = JSON.stringify(rows.slice(i, i + 500));
        try {
          await ex.execute(
            sql`INSERT INTO ${sql.identifier(table.name)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table.name)}, ${batch}::json)`,
          );
        } catch (error) {
          // Drizzle's message repeats the whole batch (hundreds of KB of rows): say only what the database said.
          const cause = (error as { cause?: { message?: unknown } }).cause?.message;
          throw new AppError('BAD_REQUEST', {
            message: `恢复表 ${table.name} 失败 / restoring ${table.name} failed: ${typeof cause === 'string' ? cause : (error as Error).message.slice(0, 200)}`,
          });
        }
      }
      summary.tables[table.name] = rows.length;
    }
  });
  return summary;
}

/**
 * Puts the data keys to work: installs the keyring at start, refuses to start when the stored data was
 * sealed with a key that is missing or different, seals values still in plaintext (rows written before
 * migration 0008), and re-seals everything under the current key (`luoshi keys rotate`).
 */
import { sql } from 'drizzle-orm';
import type { Config } from '../config';
import { queryRows, type Database } from '../db/client';
import { withSystemTx } from '../db/tx';
import {
  DataKeyError,
  installKeyring,
  isSealed,
  keyIdOf,
  keyringFromDataDir,
  keyringFromSource,
  open,
  seal,
  type Keyring,
} from './data-keys';

/** Every sealed column. The users list searches username and display name only, so no blind index is needed. */
export const sealedColumns = [
  { table: 'users', column: 'phone' },
  { table: 'users', column: 'email' },
  { table: 'users', column: 'totp_secret' },
  { table: 'users', column: 'totp_pending_secret' },
  { table: 'feedback_messages', column: 'contact' },
  { table: 'messenger_robots', column: 'address' },
  { table: 'messenger_robots', column: 'secret' },
  { table: 'survey_codes', column: 'code_sealed' },
] as const;

/** Loads the configured keyring, or the development key file in the data directory, and installs it. */
export function installDataKeys(config: Config, log: (message: string) => void = () => undefined): Keyring {
  const configured = keyringFromSource(config.dataKeys);
  if (configured) {
    installKeyring(configured);
    return configured;
  }
  if (config.production) {
    throw new DataKeyError(
      'NODE_ENV=production needs a data key: set LUOSHI_DATA_KEY, LUOSHI_DATA_KEYS or LUOSHI_DATA_KEY_FILE',
    );
  }
  const { keyring, file, created } = keyringFromDataDir(config.dataDir);
  log(
    created
      ? `已生成数据加密密钥 / generated the SM4 data key ${file} (mode 0600): back it up with the data; set LUOSHI_DATA_KEY_FILE in production`
      : `使用数据加密密钥 / using the SM4 data key ${file}`,
  );
  installKeyring(keyring);
  return keyring;
}

/** Count of sealed values per key id (and 'plaintext'), over every sealed column. */
export async function keyStatus(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of sealedColumns) {
    const rows = await queryRows<{ k: string; n: number | string }>(
      db.orm,
      sql.raw(
        `SELECT CASE WHEN ${column} LIKE 'v1:%' THEN split_part(${column}, ':', 2) ELSE 'plaintext' END AS k, count(*) AS n
         FROM ${table} WHERE ${column} IS NOT NULL GROUP BY 1`,
      ),
    );
    for (const r of rows) counts[r.k] = (counts[r.k] ?? 0) + Number(r.n);
  }
  return counts;
}

/**
 * Refuses to go on when stored values name a key that is not configured, or when a sample per key id does
 * not open (a different key under the same id, or a damaged value): better no start than wrong data.
 */
export async function checkDataKeys(db: Database, keyring: Keyring): Promise<void> {
  for (const { table, column } of sealedColumns) {
    const rows = await queryRows<{ v: string }>(
      db.orm,
      sql.raw(
        `SELECT DISTINCT ON (split_part(${column}, ':', 2)) ${column} AS v FROM ${table}
         WHERE ${column} LIKE 'v1:%' ORDER BY split_part(${column}, ':', 2)`,
      ),
    );
    for (const { v } of rows) {
      const id = keyIdOf(v) ?? '?';
      if (!keyring.byId.has(id)) {
        throw new DataKeyError(
          `${table}.${column} holds values sealed with data key "${id}", which is not configured: set the right LUOSHI_DATA_KEY / LUOSHI_DATA_KEYS (configured: ${[...keyring.byId.keys()].join(', ')})`,
        );
      }
      try {
        open(v, keyring);
      } catch {
        throw new DataKeyError(
          `${table}.${column}: a value sealed with data key "${id}" does not open with the configured key of that id — wrong key`,
        );
      }
    }
  }
}

/**
 * Re-seals values in batches: plaintext ones always, and with `rotate` every value not on the current key.
 * Each batch commits on its own, so an interrupted run resumes where it stopped. Returns values re-sealed.
 */
export async function resealColumns(
  db: Database,
  keyring: Keyring,
  options: { rotate: boolean; batchSize?: number; onBatch?: (done: number) => void },
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const currentPrefix = `v1:${keyring.current.id}:`;
  let done = 0;
  for (const { table, column } of sealedColumns) {
    const stale = options.rotate
      ? `${column} IS NOT NULL AND ${column} NOT LIKE '${currentPrefix}%'`
      : `${column} IS NOT NULL AND ${column} NOT LIKE 'v1:%'`;
    for (;;) {
      const count = await withSystemTx(db, async (tx) => {
        const rows = await queryRows<{ id: string; v: string }>(
          tx,
          sql.raw(
            `SELECT id, ${column} AS v FROM ${table} WHERE ${stale} ORDER BY id LIMIT ${batchSize} FOR UPDATE`,
          ),
        );
        for (const row of rows) {
          const plain = isSealed(row.v) ? open(row.v, keyring) : row.v;
          await tx.execute(
            sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${seal(plain, keyring)} WHERE id = ${row.id}`,
          );
        }
        return rows.length;
      });
      done += count;
      if (count > 0) options.onBatch?.(done);
      if (count < batchSize) break;
    }
  }
  return done;
}

/** At start: install the keys, check them against the stored data, seal what is still plaintext. */
export async function prepareDataProtection(
  db: Database,
  config: Config,
  log: (message: string) => void,
): Promise<Keyring> {
  const keyring = installDataKeys(config, log);
  await checkDataKeys(db, keyring);
  const sealed = await resealColumns(db, keyring, { rotate: false });
  if (sealed > 0)
    log(`已加密 ${sealed} 项明文个人信息 / sealed ${sealed} plaintext personal data values with SM4`);
  return keyring;
}

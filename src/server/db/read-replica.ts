/**
 * The read replica (DATABASE_READ_URL, issue 20): a PostgreSQL streaming-replication standby that takes the
 * heavy reads — the cockpit, the quarterly analysis, exports, the public pages, the assessment preview — off
 * the primary. A read goes to the standby only while its replay lag is within LUOSHI_READ_MAX_LAG_MS; a lagging,
 * unreachable or promoted standby sends reads back to the primary, so a replica never makes Luoshi less
 * available, only the primary less busy. Writes never go there (a standby refuses them anyway).
 */
import { openDatabase, queryRows, type Database } from './client';
import { sql } from 'drizzle-orm';

/** How long one lag reading is trusted: a busy cockpit does not ask the standby before every read. */
const lagCheckEveryMs = 500;
/** After a read failed on the standby, how long reads stay on the primary before the standby is asked again. */
const failedBackOffMs = 5000;

export interface ReadReplicaStats {
  /** Reads sent to the standby and to the primary since start. */
  replicaReads: number;
  primaryReads: number;
  /** The standby's replay lag at the last reading, or null when it could not be read. */
  lastLagMs: number | null;
  /** Why the last reading sent reads to the primary, or null while the standby serves. */
  reason: 'lagging' | 'unreachable' | 'not_standby' | 'not_streaming' | null;
}

export interface ReadReplica {
  /** The standby while it is within the lag bound, else null (read from the primary). */
  choose(): Promise<Database | null>;
  /** A read on the standby failed for a reason of the standby's (gone, conflict with recovery): stop for a while. */
  markFailed(): void;
  stats(): ReadReplicaStats;
  close(): Promise<void>;
}

interface LagRow {
  standby: boolean;
  streaming: boolean;
  lag_ms: number | string | null;
}

/**
 * Reads the standby's lag: zero when it has replayed all it received, else the age of the last transaction it
 * replayed. A standby whose WAL receiver is not streaming (primary gone, link broken) counts as lagging however
 * fresh it looks: it can no longer tell.
 */
async function readLag(db: Database): Promise<LagRow | undefined> {
  const [row] = await queryRows<LagRow>(
    db.orm,
    sql`SELECT pg_is_in_recovery() AS standby,
      EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') AS streaming,
      CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
           ELSE EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000 END AS lag_ms`,
  );
  return row;
}

/** Opens the standby lazily and watches its lag; `now` is injectable for tests of the bound. */
export function openReadReplica(
  url: string,
  maxLagMs: number,
  now: () => number = () => Date.now(),
): ReadReplica {
  let db: Database | null = null;
  let opening: Promise<Database> | null = null;
  let checkedAt = -Infinity;
  let usable = false;
  const stats: ReadReplicaStats = { replicaReads: 0, primaryReads: 0, lastLagMs: null, reason: null };

  const connect = async (): Promise<Database> => {
    if (db) return db;
    opening ??= openDatabase({ databaseUrl: url, dataDir: '', poolSize: 10 }).finally(() => {
      opening = null;
    });
    db = await opening;
    return db;
  };

  const check = async (): Promise<void> => {
    checkedAt = now();
    try {
      const row = await readLag(await connect());
      const lag = row?.lag_ms === null || row?.lag_ms === undefined ? null : Number(row.lag_ms);
      stats.lastLagMs = lag;
      stats.reason = !row?.standby
        ? 'not_standby'
        : !row.streaming
          ? 'not_streaming'
          : lag === null || lag > maxLagMs
            ? 'lagging'
            : null;
    } catch {
      stats.lastLagMs = null;
      stats.reason = 'unreachable';
    }
    usable = stats.reason === null;
  };

  return {
    async choose() {
      if (now() - checkedAt >= lagCheckEveryMs) await check();
      if (!usable || !db) {
        stats.primaryReads++;
        return null;
      }
      stats.replicaReads++;
      return db;
    },
    markFailed() {
      usable = false;
      stats.reason = 'unreachable';
      checkedAt = now() + failedBackOffMs - lagCheckEveryMs;
    },
    stats: () => ({ ...stats }),
    async close() {
      const open = db ?? (await opening?.catch(() => null));
      await open?.close().catch(() => undefined);
      db = null;
    },
  };
}

/**
 * Whether a read that failed on the standby should be tried on the primary: the standby is gone or restarting
 * (connection errors, class 08, 57P0x), or cancelled the query to replay WAL (conflict with recovery, 40001).
 */
export function isStandbyFailure(error: unknown): boolean {
  // Drizzle wraps the driver's error in its own (DrizzleQueryError), with the driver's as the cause.
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++)
    if (isStandbyCode((e as { code?: unknown }).code)) return true;
  return false;
}

function isStandbyCode(code: unknown): boolean {
  if (typeof code !== 'string') return false;
  return (
    code.startsWith('08') ||
    code.startsWith('57P0') ||
    code === '40001' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'ETIMEDOUT'
  );
}

/**
 * A PostgreSQL primary and its streaming-replication standby of the test's own, on loopback (issue 20's read
 * replica): two clusters made with the machine's PostgreSQL binaries in a temporary folder, the standby by
 * pg_basebackup. The machine's own cluster on 5432 is not touched (its pg_hba allows no replication). The
 * binaries refuse to run as root, so they run as the `postgres` user. Only `.ci/run` runs the suites that use
 * this (LUOSHI_TEST_SET=replica); `npm test` does not need PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, appendFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface StandbyPair {
  primaryUrl: string;
  standbyUrl: string;
  /** Stops applying WAL on the standby (it keeps receiving): its data stays as it is while the primary moves on. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the standby has replayed everything the primary wrote so far. */
  caughtUp(): Promise<void>;
  stopStandby(): Promise<void>;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  return join(root, version, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function asPostgres(bin: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  await run(cmd, argv, { timeout: 60_000 });
}

async function one<T>(url: string, text: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** Starts the pair; the caller stops it. */
export async function startStandbyPair(): Promise<StandbyPair> {
  const bin = binDir();
  const root = await mkdtemp(join(tmpdir(), 'luoshi-replica-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const primary = join(root, 'primary');
  const standby = join(root, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  // fsync off: a test's clusters need no durability, and it halves the time of initdb and the base backup.
  const common = `listen_addresses = '127.0.0.1'\nunix_socket_directories = '${root}'\nfsync = off\n`;
  await asPostgres(join(bin, 'initdb'), [
    '-D',
    primary,
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  // initdb's pg_hba.conf with -A trust already allows replication from 127.0.0.1.
  await appendFile(
    primary + '/postgresql.conf',
    `${common}port = ${primaryPort}\nwal_level = replica\nmax_wal_senders = 4\n`,
  );
  await asPostgres(join(bin, 'pg_ctl'), ['-D', primary, '-l', join(root, 'primary.log'), '-w', 'start']);
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  try {
    await asPostgres(join(bin, 'pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standby,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    await appendFile(standby + '/postgresql.conf', `port = ${standbyPort}\nhot_standby = on\n`);
    await asPostgres(join(bin, 'pg_ctl'), ['-D', standby, '-l', join(root, 'standby.log'), '-w', 'start']);
  } catch (error) {
    await asPostgres(join(bin, 'pg_ctl'), ['-D', primary, '-m', 'immediate', 'stop']).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const standbyUrl = `postgres://postgres@127.0.0.1:${standbyPort}/postgres`;
  let standbyUp = true;
  const stopStandby = async () => {
    if (!standbyUp) return;
    standbyUp = false;
    await asPostgres(join(bin, 'pg_ctl'), ['-D', standby, '-m', 'immediate', 'stop']).catch(() => undefined);
  };
  return {
    primaryUrl,
    standbyUrl,
    pauseReplay: async () => void (await one(standbyUrl, 'SELECT pg_wal_replay_pause()')),
    resumeReplay: async () => void (await one(standbyUrl, 'SELECT pg_wal_replay_resume()')),
    async caughtUp() {
      const { lsn } = await one<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
      for (let i = 0; i < 200; i++) {
        const { done } = await one<{ done: boolean }>(
          standbyUrl,
          `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`,
        );
        if (done) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the standby did not catch up in 10 s');
    },
    stopStandby,
    async stop() {
      await stopStandby();
      await asPostgres(join(bin, 'pg_ctl'), ['-D', primary, '-m', 'immediate', 'stop']).catch(
        () => undefined,
      );
      await rm(root, { recursive: true, force: true });
    },
  };
}

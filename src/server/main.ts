import { rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { systemClock } from './clock';
import { loadConfig, type Config } from './config';
import type { AppDeps } from './context';
import { openDatabase } from './db/client';
import { openReadReplica } from './db/read-replica';
import { runMigrations } from './db/migrate';
import { buildApp } from './app';
import { prepareDataProtection } from './crypto/data-protection';
import { bootstrap } from './bootstrap';
import { startAuditAnchoring, type AnchorRunner } from './audit/audit-anchor';
import { startJobs, type JobRunner } from './jobs/queue';
import { newCliToken, writeCliToken } from './demo/demo.routes';
import { newLifecycle } from './lifecycle';
import type { App } from './http';

/**
 * Stops accepting connections and waits for the requests in flight, at most `boundMs`; then drops the
 * connections still open (a request hung on a dead peer must not keep the process alive).
 */
async function closeHttp(app: App, boundMs: number): Promise<void> {
  const closed = app.close().then(
    () => true,
    () => true,
  );
  const inTime = await Promise.race([closed, delay(boundMs).then(() => false)]);
  if (!inTime) {
    app.log.warn({ boundMs }, 'requests still in flight at the shutdown bound: closing their connections');
    app.server.closeAllConnections();
    await closed;
  }
}

/** Opens the database, migrates, bootstraps the first account, listens, and shuts down cleanly on a signal. */
export async function serve(config: Config = loadConfig()): Promise<void> {
  if (config.readReplica.url && !config.databaseUrl)
    throw new Error(
      'DATABASE_READ_URL 需要同时设置 DATABASE_URL / a read replica needs DATABASE_URL (PostgreSQL)',
    );
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const replica = config.readReplica.url
    ? openReadReplica(config.readReplica.url, config.readReplica.maxLagMs)
    : undefined;
  const deps: AppDeps = { db, clock: systemClock, config, ...(replica ? { replica } : {}) };
  await runMigrations(db);
  // Before anything reads a user: a missing or wrong SM4 data key stops the start here, with its reason.
  await prepareDataProtection(db, config, (message) => process.stdout.write(message + '\n'));
  const boot = await bootstrap(deps);
  if (boot.generatedAdminPassword) {
    process.stdout.write(
      `\n首次启动：已创建系统管理员账号 admin，初始密码（只显示这一次，首次登录须修改）：\n` +
        `First start: created the account admin with the one-time password (shown once, change it at first login):\n\n` +
        `    ${boot.generatedAdminPassword}\n\n`,
    );
  }
  // With PGlite the server holds the data folder alone; `luoshi demo` reaches it through a token-guarded
  // loopback route instead (src/server/demo/demo.routes.ts).
  const cliToken = db.kind === 'pglite' ? newCliToken() : undefined;
  const lifecycle = newLifecycle('starting');
  const app = await buildApp(deps, {
    logger: { level: config.logLevel },
    lifecycle,
    ...(cliToken ? { cliToken } : {}),
  });
  let tokenPath: string | null = null;
  let jobs: JobRunner | null = null;
  let anchors: AnchorRunner | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // The order (docs/operations.md): not ready at once; the job worker fetches nothing more; keep serving
    // for the drain while the balancer's probe notices; stop accepting and finish in-flight requests
    // (bounded); running jobs finish or go back to the queue (bounded); the last audit anchor; the pool.
    lifecycle.phase = 'draining';
    app.log.info({ signal, drainMs: config.drainMs }, 'draining');
    const jobsStopped = (jobs?.stop() ?? Promise.resolve()).catch(() => undefined);
    if (signal === 'SIGTERM') await delay(config.drainMs);
    await closeHttp(app, config.shutdownTimeoutMs);
    if (tokenPath) await rm(tokenPath, { force: true }).catch(() => undefined);
    await jobsStopped;
    // The last head, after the last request's events: deleting them later shows in `luoshi audit verify`.
    await anchors?.stop().catch(() => undefined);
    await replica?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const address = await app.listen({ host: config.host, port: config.port });
  if (cliToken) {
    const port = (app.server.address() as AddressInfo).port;
    tokenPath = await writeCliToken(config.dataDir, { token: cliToken, port, pid: process.pid });
  }
  anchors = await startAuditAnchoring(
    deps,
    (anchor) => app.log.info({ auditAnchor: anchor }, 'audit chain anchor'),
    (error) => app.log.error({ err: error }, 'audit anchor failed'),
  );
  jobs = config.jobs
    ? await startJobs(deps, { onError: (error) => app.log.error({ err: error }, 'job queue error') })
    : null;
  if (!closing) lifecycle.phase = 'serving';
  process.stdout.write(`落实 Luoshi 已启动 / listening on ${address} (${db.kind})\n`);
}

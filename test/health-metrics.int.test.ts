/**
 * Health for a balancer (/health/live, /health/ready with its reasons) and the Prometheus metrics (their series
 * and who may read them), through HTTP on a real database.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { queryRows } from '../src/server/db/client';
import { newestMigration } from '../src/server/db/migrate';
import { startJobs } from '../src/server/jobs/queue';
import { newLifecycle } from '../src/server/lifecycle';
import { createTestApp, dbKinds, testConfig, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('health and metrics on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t.close());

  const get = (url: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.app.inject({ method: 'GET', url, headers, ...(remoteAddress ? { remoteAddress } : {}) });

  it('answers live and ready, and keeps /health', async () => {
    expect((await get('/api/v1/health')).json()).toEqual({ status: 'ok' });
    expect((await get('/api/v1/health/live')).json()).toEqual({ status: 'ok' });
    const ready = await get('/api/v1/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('is not ready while starting or draining, and closes each connection while draining', async () => {
    const lifecycle = newLifecycle('starting');
    const app = await buildApp(t.deps, { lifecycle });
    try {
      const ready = () => app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect((await ready()).json()).toEqual({ status: 'not_ready', reason: 'starting' });
      lifecycle.phase = 'serving';
      expect((await ready()).statusCode).toBe(200);
      lifecycle.phase = 'draining';
      const draining = await ready();
      expect(draining.statusCode).toBe(503);
      expect(draining.json()).toEqual({ status: 'not_ready', reason: 'draining' });
      // Still serving while draining, each answer asking the client to reconnect (elsewhere).
      const live = await app.inject({ method: 'GET', url: '/api/v1/health/live' });
      expect(live.statusCode).toBe(200);
      expect(live.headers.connection).toBe('close');
    } finally {
      await app.close();
    }
  });

  it('is not ready while the newest migration this code carries is not applied', async () => {
    const newest = await newestMigration();
    expect(newest).toMatch(/^\d{4}_.*\.sql$/);
    await queryRows(t.db.orm, sql`DELETE FROM schema_migrations WHERE name = ${newest}`);
    try {
      const res = await get('/api/v1/health/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending' });
    } finally {
      await queryRows(t.db.orm, sql`INSERT INTO schema_migrations (name) VALUES (${newest})`);
    }
    expect((await get('/api/v1/health/ready')).statusCode).toBe(200);
  });

  it.runIf(kind === 'postgres')(
    'is not ready when the database does not answer within the timeout',
    async () => {
      const app = await buildApp({ ...t.deps, config: { ...t.deps.config, readyTimeoutMs: 300 } });
      // Another session holds schema_migrations exclusively: the readiness query waits behind it.
      const blocker = new pg.Client({ connectionString: t.testDb.location.databaseUrl });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query('LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        const res = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
        expect(Date.now() - started).toBeLessThan(2000);
        expect(res.statusCode).toBe(503);
        expect(res.json()).toEqual({ status: 'not_ready', reason: 'database_unreachable' });
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
        await app.close();
      }
    },
  );

  it('is not ready when the database is gone', async () => {
    const testDbApp = await createTestApp(kind);
    await testDbApp.db.close();
    try {
      const res = await testDbApp.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'not_ready', reason: 'database_unreachable' });
    } finally {
      await testDbApp.close();
    }
  });

  it('exposes latency by route pattern, the pool, the light cache and the job queues', async () => {
    await get('/api/v1/health/live');
    await get('/api/v1/decisions/0190f0a0-0000-7000-8000-000000000000');
    const jobs = await startJobs(t.deps);
    try {
      // A queue nobody works: its job waits, and the lag grows.
      await jobs.boss.createQueue('metrics-probe');
      await jobs.boss.send('metrics-probe', {});
      await new Promise((r) => setTimeout(r, 1200));
      const res = await get('/api/v1/metrics');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.body;
      expect(text).toContain('# TYPE luoshi_http_request_duration_seconds histogram');
      expect(text).toMatch(
        /luoshi_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health\/live",status="2xx"\} [1-9]\d*\n/,
      );
      // The pattern, never the id: one series for every decision.
      expect(text).toContain('route="/api/v1/decisions/:id",status="4xx"');
      expect(text).not.toContain('0190f0a0-0000');
      expect(text).toMatch(/luoshi_http_request_duration_seconds_bucket\{[^}]*le="\+Inf"\} \d+/);
      expect(text).toMatch(/luoshi_db_pool_connections\{state="max"\} \d+/);
      expect(text).toMatch(/luoshi_db_pool_waiting 0/);
      expect(text).toMatch(/luoshi_light_cache_hits_total \d+/);
      expect(text).toMatch(/luoshi_light_cache_misses_total \d+/);
      expect(text).toMatch(/luoshi_jobs\{queue="metrics-probe",state="created"\} 1/);
      const lag = /luoshi_job_lag_seconds\{queue="metrics-probe"\} ([\d.]+)/.exec(text);
      expect(Number(lag?.[1])).toBeGreaterThanOrEqual(1);
      expect(text).toContain('luoshi_ready 1');
    } finally {
      await jobs.stop();
    }
  });

  it('answers only loopback callers that came straight when no token is set', async () => {
    expect((await get('/api/v1/metrics', {}, '10.1.2.3')).statusCode).toBe(403);
    // Through a proxy on this machine: the socket is loopback, the caller is not.
    expect((await get('/api/v1/metrics', { 'x-forwarded-for': '10.1.2.3' })).statusCode).toBe(403);
    expect((await get('/api/v1/metrics', {}, '::1')).statusCode).toBe(200);
  });

  it('asks for the bearer token when one is set, from anywhere', async () => {
    const app = await buildApp({ ...t.deps, config: testConfig({ metricsToken: 'm3trics-s3cret' }) });
    try {
      const metrics = (headers: Record<string, string>) =>
        app.inject({ method: 'GET', url: '/api/v1/metrics', headers, remoteAddress: '10.1.2.3' });
      expect((await metrics({})).statusCode).toBe(401);
      expect((await metrics({ authorization: 'Bearer wrong' })).statusCode).toBe(401);
      // Not even from loopback without it: a token set is the only way in.
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/metrics', remoteAddress: '127.0.0.1' })).statusCode,
      ).toBe(401);
      const ok = await metrics({ authorization: 'Bearer m3trics-s3cret' });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('luoshi_http_request_duration_seconds');
    } finally {
      await app.close();
    }
  });
});

/**
 * The built web app is served by @fastify/static (pinned to a version whose dependencies run on Node 20.19):
 * the page, hashed assets with their cache headers, the single-page fallback, and 404 for a missing asset.
 * Its content-disposition is overridden to 2.0.1 (the same code as 3.x, built as CommonJS for Node 20):
 * reply.download() must still name a Chinese file.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

describe('static web app serving', () => {
  const webDir = resolve('.tmp', `web-${randomUUID()}`);
  let t: TestApp;

  beforeAll(async () => {
    await mkdir(join(webDir, 'assets'), { recursive: true });
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>落实</title><div id="root"></div>');
    await writeFile(join(webDir, 'assets', 'main-abc123.js'), 'console.log("落实");');
    t = await createTestApp('pglite', { config: { webDir } });
  });
  afterAll(async () => {
    await t.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('serves the page uncached and hashed assets cached for good', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<title>落实</title>');

    const asset = await t.app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log("落实");');
  });

  it('answers client-side routes with the page and a missing asset with 404', async () => {
    const route = await t.app.inject({ method: 'GET', url: '/tasks/123' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<div id="root">');

    const missing = await t.app.inject({ method: 'GET', url: '/assets/gone-000.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('names a downloaded file in Content-Disposition (content-disposition 2.0.1 under @fastify/static)', async () => {
    const app = Fastify();
    await app.register(fastifyStatic, { root: webDir, serve: false });
    app.get('/download', (_request, reply) => reply.download('assets/main-abc123.js', '落实通报.js'));
    const res = await app.inject({ method: 'GET', url: '/download' });
    await app.close();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="????.js"; filename*=UTF-8''${encodeURIComponent('落实通报.js')}`,
    );
    expect(res.body).toBe('console.log("落实");');
  });
});

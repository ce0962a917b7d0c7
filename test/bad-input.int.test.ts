/** Bad input gets a clear error with the right status and code, changes nothing, and crashes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('bad input on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
  });
  afterAll(async () => t.close());

  const raw = (payload: string, contentType = 'application/json', extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: admin, 'content-type': contentType, ...extra },
      payload,
    });
  const unitCount = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie: admin } })).json().items
      .length as number;

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await raw('{"name": "区教育局", ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
  });

  it('wrong types → 422 naming each field', async () => {
    const res = await raw(JSON.stringify({ name: 42, code: ['x'], kind: 'ministry' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const paths = res
      .json()
      .error.details.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['code', 'kind', 'name']);
  });

  it('unknown fields → 422 naming the field', async () => {
    const res = await raw(
      JSON.stringify({ name: '区统计局', code: 'TJJ', kind: 'department', tenantId: 'x' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields).toEqual([expect.objectContaining({ path: 'tenantId' })]);
  });

  it('a body over 1 MiB → 413, and nothing is stored', async () => {
    const before = await unitCount();
    const res = await raw(JSON.stringify({ name: 'x'.repeat(1_100_000), code: 'BIG', kind: 'other' }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await unitCount()).toBe(before);
  });

  it('state changes accept JSON only: a cross-site form (urlencoded, text/plain) gets 415', async () => {
    expect((await raw('name=x&code=y&kind=other', 'application/x-www-form-urlencoded')).statusCode).toBe(415);
    const plain = await raw(JSON.stringify({ name: 'x', code: 'y', kind: 'other' }), 'text/plain');
    expect(plain.statusCode).toBe(415);
    expect(plain.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a browser request from another origin is refused', async () => {
    const res = await raw(JSON.stringify({ name: '跨站', code: 'XS', kind: 'other' }), 'application/json', {
      origin: 'http://evil.example',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CROSS_ORIGIN');
    const same = await raw(
      JSON.stringify({ name: '同站', code: 'SAME', kind: 'other' }),
      'application/json',
      { origin: 'http://localhost:3000', host: 'localhost:3000' },
    );
    expect(same.statusCode).toBe(201);
  });

  it('a missing cookie → 401 before the body is read', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      payload: { name: 'x', code: 'y', kind: 'other' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('a malformed id → 422, an unknown route → 404, both JSON', async () => {
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/units/not-a-uuid',
      headers: { cookie: admin },
      payload: { version: 1 },
    });
    expect(bad.statusCode).toBe(422);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/no-such-thing',
      headers: { cookie: admin },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('SQL and HTML in strings are stored verbatim and returned as data', async () => {
    const name = `'); DROP TABLE units; -- <script>alert("x")</script> & 中文`;
    const res = await raw(JSON.stringify({ name, code: 'SQLI', kind: 'other' }));
    expect(res.statusCode).toBe(201);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units?q=SQLI',
      headers: { cookie: admin },
    });
    expect(list.json().items[0].name).toBe(name);
    expect(list.headers['content-type']).toMatch(/application\/json/);
  });

  it('answers English messages when asked, Chinese by default', async () => {
    const zh = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(zh.json().error.message).toBe('请先登录');
    expect(en.json().error.message).toBe('Please log in');
  });

  it('sends security headers and no server details', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('is still healthy after all of it', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toEqual({ status: 'ok' });
  });
});

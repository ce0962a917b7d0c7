/**
 * Malformed multipart bodies on every upload route (issue #11 finding 9): no boundary, a cut-off body,
 * garbage, random bytes — always a 4xx in the error format, never a 5xx; /health still answers.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs } from '../helpers/factories';
import { multipart } from '../helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

describe.each(dbKinds())('malformed multipart (%s)', (kind) => {
  let t: TestApp;
  let cookie: string;
  let urls: string[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    cookie = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const d = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: { cookie },
      payload: { title: 'x', kind: 'plenary', date: '2024-01-05', source: 'district_direct', text: null },
    });
    urls = ['/api/v1/decisions/upload', `/api/v1/decisions/${d.json().id}/import`];
  });
  afterAll(async () => t?.close());

  const good = multipart(
    { name: 'a.txt', type: 'text/plain', bytes: Buffer.from('一、任务\n') },
    { title: 't', kind: 'plenary', date: '2024-01-05', source: 'district_direct' },
  );
  const boundary = good.headers['content-type'].split('boundary=')[1] as string;

  it('named cases: no boundary, truncated, garbage', async () => {
    const cases: Array<{ type: string; payload: Buffer }> = [
      { type: 'multipart/form-data', payload: good.payload },
      { type: 'multipart/form-data; boundary=', payload: good.payload },
      { type: good.headers['content-type'], payload: good.payload.subarray(0, good.payload.length - 30) },
      { type: good.headers['content-type'], payload: good.payload.subarray(0, 60) },
      { type: good.headers['content-type'], payload: Buffer.from('garbage garbage garbage') },
      {
        type: good.headers['content-type'],
        payload: Buffer.from(`--${boundary}\r\nno headers here\r\n\r\n`),
      },
      { type: 'multipart/form-data; boundary=zzz', payload: good.payload },
    ];
    for (const url of urls) {
      for (const c of cases) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          headers: { cookie, 'content-type': c.type },
          payload: c.payload,
        });
        expect(res.statusCode, `${url} ${c.type} ${res.body}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${url} ${c.type} ${res.body}`).toBeLessThan(500);
        expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
      }
    }
  });

  it('random cuts and bytes never give a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(good.payload.length),
        fc.uint8Array({ maxLength: 200 }),
        fc.boolean(),
        fc.constantFrom(...urls),
        async (cut, noise, keepBoundary, url) => {
          const payload = Buffer.concat([good.payload.subarray(0, cut), Buffer.from(noise)]);
          const type = keepBoundary ? good.headers['content-type'] : 'multipart/form-data';
          const res = await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie, 'content-type': type },
            payload,
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });
});

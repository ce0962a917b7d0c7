/**
 * fast-check against every route of the API (enumerated with listRoutes, so a new route is fuzzed without a
 * line here): random JSON values, wrong types, strings with control characters and lone surrogates, huge
 * strings, deep nesting, malformed JSON, random query strings and path parameters — as a supervisor and as
 * a unit operator. Never a 5xx; the server still answers /api/v1/health afterwards.
 * LUOSHI_FUZZ_RUNS (default 1000) sets the number of requests per caller, shared among the routes (at least 3
 * each); raise it to fuzz longer.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../../src/server/app';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

const runs = Number(process.env.LUOSHI_FUZZ_RUNS ?? 1000);

/** Logging out would end the fuzzing session; everything else is fair game. */
const skipped = new Set(['POST /api/v1/auth/logout']);

const bodyKeys = [
  'period',
  'progress',
  'narrative',
  'problems',
  'nextSteps',
  'indicatorValues',
  'targetId',
  'value',
  'title',
  'kind',
  'date',
  'source',
  'decision',
  'comment',
  'version',
  'name',
  'code',
  'parentId',
  'unitId',
  'leadUnitId',
  'coUnitIds',
  'leadLeaderId',
  'dueDate',
  'startDate',
  'status',
  'reason',
  'taskIds',
  'ids',
  'patch',
  'targets',
  'milestones',
  'roles',
  'username',
  'displayName',
  'email',
  'phone',
  'password',
  'oldPassword',
  'newPassword',
  'year',
  'quarter',
  'month',
  'text',
  'content',
  'category',
  'isKey',
  'items',
  'weight',
  'score',
  'schemeId',
  'caseId',
  'deadline',
  'level',
  'measures',
  'findings',
  'asOf',
  'key',
  'settings',
  '__proto__',
  'constructor',
];
const queryKeys = [
  'page',
  'pageSize',
  'status',
  'q',
  'unitId',
  'leadUnitId',
  'decisionId',
  'leaderId',
  'light',
  'source',
  'limit',
  'asOf',
  'year',
  'quarter',
  'kind',
  'action',
  'entityType',
  'from',
  'to',
  'actorId',
  'taskId',
  'format',
];

const controlChars = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  maxLength: 10,
});
const nastyString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  controlChars,
  loneSurrogates,
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '2024-13',
    '2024-Q5',
    '9999-99-99',
    '0000-00-00',
    '-1',
    'NaN',
    'Infinity',
    'null',
    'true',
    '[]',
    '{}',
    '%00',
    '../../etc/passwd',
    "'; DROP TABLE tasks; --",
    '<script>alert(1)</script>',
    '落实'.repeat(3000),
  ),
  fc.integer({ min: 1000, max: 400_000 }).map((n) => 'x'.repeat(n)),
);
const scalar = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
);
const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...bodyKeys), fc.string({ maxLength: 10 })), tie('value'), {
      maxKeys: 8,
    }),
  ),
}));
/** What goes on the wire: JSON of a value, malformed JSON, or very deep nesting. */
const payload = fc.oneof(
  { weight: 6, arbitrary: jsonValue.map((v) => JSON.stringify(v)) },
  {
    weight: 3,
    arbitrary: fc
      .dictionary(fc.constantFrom(...bodyKeys), jsonValue, { maxKeys: 10 })
      .map((v) => JSON.stringify(v)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '{"a":',
      '[1,2',
      'nul',
      '{"__proto__":{"x":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '\u0000',
      '{"a":1}garbage',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 50_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  },
);
/** Percent-encoding a lone surrogate throws (no client can send one); send the bytes of its replacement instead. */
function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}
/** Pieces put into the URL as they are: broken percent-escapes and overlong UTF-8. */
const rawPiece = fc.constantFrom(
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%FF%FE',
  '%00',
  '..%2F..%2F',
  '%25%32%35',
);
const query = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom(...queryKeys), fc.string({ maxLength: 8 })),
    fc.oneof(nastyString, fc.integer().map(String)),
  ),
  { maxLength: 5 },
);

describe.each(dbKinds())('API fuzz on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    const unit = await buildUnit(t);
    cookies.supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    cookies.operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.id }));
    const { decisionId, taskId } = await buildDecisionWithTask(t, {
      leadUnitId: unit.id,
      status: 'in_progress',
    });
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${taskId}/reports`,
      headers: { cookie: cookies.operator },
      payload: { period: '2024-02', progress: 10, narrative: '启动' },
    });
    ids = [decisionId, taskId, unit.id, report.json().id];
  });
  afterAll(async () => t.close());

  it('regressions the fuzzer found: NUL bytes in text, a broken percent-escape', async () => {
    const get = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: cookies.supervisor as string } });
    // PostgreSQL refuses NUL in text (SQLSTATE 22021): that is bad input (422), not a server error.
    for (const url of ['/api/v1/units?q=%00', '/api/v1/tasks?q=a%00b', '/api/v1/tasks/export?q=%00']) {
      const res = await get(url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 422 });
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const nul = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${ids[1]}/reports`,
      headers: { cookie: cookies.operator as string },
      payload: { period: '2024-09', progress: 5, narrative: '进展\u0000' },
    });
    expect(nul.statusCode).toBe(422);
    // Fastify's own 400 for an undecodable URL comes in our error shape.
    const bad = await get('/api/v1/tasks/%');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('BAD_REQUEST');
  });

  for (const caller of ['supervisor', 'operator'] as const) {
    it(`never answers 5xx to random bodies, queries and ids (${caller})`, { timeout: 240_000 }, async () => {
      const routes = listRoutes(t.app).filter(
        (r) =>
          ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method) &&
          !skipped.has(`${r.method} ${r.url}`),
      );
      expect(routes.length).toBeGreaterThan(40);
      const pathValue = fc.oneof(
        fc.constantFrom(...ids),
        fc.uuid(),
        nastyString.filter((s) => s.length < 3000).map(encode),
        fc.integer().map(String),
        rawPiece,
      );
      const started = Date.now();
      let sent = 0;
      // Every route gets its share (at least 3 requests), not just the ones a random pick favours.
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(payload, query, pathValue, fc.option(rawPiece), async (body, params, id, raw) => {
            const path = route.url.replace(/:[a-zA-Z]+/g, () => id);
            const search = [
              ...params.map(([k, v]) => `${encode(k)}=${encode(v)}`),
              ...(raw ? [`q=${raw}`] : []),
            ].join('&');
            const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
            const res = await t.app.inject({
              method: route.method as 'GET',
              url: search ? `${path}?${search}` : path,
              headers: {
                cookie: cookies[caller] as string,
                ...(hasBody ? { 'content-type': 'application/json' } : {}),
              },
              ...(hasBody ? { payload: body } : {}),
            });
            sent++;
            if (res.statusCode >= 500)
              throw new Error(`${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
            // Every error has the one shape, with a code.
            if (res.statusCode >= 400)
              expect(
                res.json().error?.code,
                `${route.method} ${route.url} ${res.body.slice(0, 200)}`,
              ).toBeTypeOf('string');
          }),
          { numRuns: Math.max(3, Math.ceil(runs / routes.length)) },
        );
      }
      console.log(
        `[fuzz api ${kind} ${caller}] ${sent} requests over ${routes.length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode).toBe(200);
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: cookies[caller] as string },
      });
      expect(me.statusCode).toBe(200);
    });
  }
});

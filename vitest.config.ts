import { defineConfig } from 'vitest/config';

// Unit tests (pure domain rules) and integration tests (HTTP through app.inject on a real database).
// Browser tests live in e2e/ and run with `npm run test:e2e`, not here.
//
// LUOSHI_TEST_SET=runtime (CI's second run, on Node 22 LTS): every unit test, and only the integration tests
// that touch what a runtime changes — process lifecycle, backup and restore streams, static files, crypto at
// rest and TOTP, uploads, file modes, PGlite's WebAssembly and row-level security. The rest of the integration
// tests check the server's own rules, which do not depend on the Node version, and already ran on Node 20 on
// both databases; running them twice would push CI past its 45 minutes.
const runtimeSet = [
  'src/**/!(*.int).test.ts',
  'test/**/!(*.int).test.ts',
  'scripts/**/!(*.int).test.ts',
  'test/lifecycle.int.test.ts',
  'test/backup.int.test.ts',
  'test/static-serving.int.test.ts',
  'test/demo-no-database.int.test.ts',
  'test/light-cache.int.test.ts',
  'test/security/data-at-rest.int.test.ts',
  'test/security/totp.int.test.ts',
  'test/security/uploads.int.test.ts',
  'test/security/file-modes.int.test.ts',
  'test/security/audit-tamper.int.test.ts',
  'src/server/db/rls.int.test.ts',
];

// CI's first run is split in two so that it can use both cores without making timing-sensitive tests flaky:
// LUOSHI_TEST_SET=serial holds only the tests that load the machine or hold a time bound of their own (the load
// and backup-under-load runs, the upload bombs' health probe, the CLI extraction bound, the supervisor's restart
// wait, the fuzzed extraction's per-text bound, the two-node light cache, the process lifecycle, the nodes behind
// nginx with their rolling restart);
// LUOSHI_TEST_SET=parallel is everything else — pure rules, HTTP through app.inject, and the tests that start
// and kill server processes without timing them (crash, restarts, demo, backup) — which CI runs with two
// workers. Without LUOSHI_TEST_SET (`npm test` on a laptop) both sets run together.
const serialSet = [
  'test/reliability/load.int.test.ts',
  'test/reliability/backup-under-load.int.test.ts',
  'test/reliability/fuzz-inputs.int.test.ts',
  'test/security/uploads.int.test.ts',
  'test/security/cli-extract.int.test.ts',
  'test/security/supervisor.int.test.ts',
  'test/lifecycle.int.test.ts',
  'test/light-cache.int.test.ts',
  'test/multi-node.int.test.ts',
];
// LUOSHI_TEST_SET=replica: the suites that start PostgreSQL clusters of their own (a primary and its standby,
// test/helpers/pg-standby.ts) — only `.ci/run` runs them; `npm test` needs no PostgreSQL.
const replicaSet = ['test/replica/**/*.test.ts'];
const everything = ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'];
const set = process.env.LUOSHI_TEST_SET;

export default defineConfig({
  test: {
    include:
      set === 'runtime'
        ? runtimeSet
        : set === 'serial'
          ? serialSet
          : set === 'replica'
            ? replicaSet
            : everything,
    exclude: [
      'node_modules/**',
      'dist/**',
      'e2e/**',
      ...(set === 'parallel' ? serialSet : []),
      ...(set === 'replica' ? [] : replicaSet),
    ],
    pool: 'forks',
    // CI's parallel set runs its files in two long-lived workers instead of a fresh process per file: importing
    // the server (Fastify, Drizzle, PGlite's WebAssembly, docx, ExcelJS…) once per file took about a quarter of
    // the set's time. Every file builds its own app on its own database (test/helpers/test-app.ts) and the
    // one-query guard works per file (test/setup/one-query-per-connection.ts). The other sets keep a process per
    // file: the serial set times things, the runtime and replica sets start and stop processes of their own.
    isolate: set !== 'parallel',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup/one-query-per-connection.ts'],
  },
});

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
// LUOSHI_TEST_SET=serial holds the tests that start server processes, kill them, load the machine or time
// themselves (reliability, security, restarts, backup, the demo year); LUOSHI_TEST_SET=parallel is everything
// else (pure rules and HTTP through app.inject on a database of their own), which CI runs with two workers.
// Without LUOSHI_TEST_SET (`npm test` on a laptop) both sets run together.
const serialSet = [
  'test/reliability/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/lifecycle.int.test.ts',
  'test/backup.int.test.ts',
  'test/light-cache.int.test.ts',
  'test/*-restart.int.test.ts',
  'test/demo.int.test.ts',
  'test/demo-no-database.int.test.ts',
  'test/static-serving.int.test.ts',
];
const everything = ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'];
const set = process.env.LUOSHI_TEST_SET;

export default defineConfig({
  test: {
    include: set === 'runtime' ? runtimeSet : set === 'serial' ? serialSet : everything,
    exclude: ['node_modules/**', 'dist/**', 'e2e/**', ...(set === 'parallel' ? serialSet : [])],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

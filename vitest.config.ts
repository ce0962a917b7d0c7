import { defineConfig } from 'vitest/config';

// Unit tests (pure domain rules) and integration tests (HTTP through app.inject on a real database).
// Browser tests live in e2e/ and run with `npm run test:e2e`, not here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

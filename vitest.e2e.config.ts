import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against a real server process.
// Each file starts its own server on its own data directory and port, and its own browser, so files can run
// side by side: LUOSHI_E2E_WORKERS=2 (CI, two cores) runs two at a time; the default is one, for a laptop that
// is doing other things.
const workers = Math.max(1, Number(process.env.LUOSHI_E2E_WORKERS ?? 1) || 1);

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['test/global-setup.ts'],
  },
});

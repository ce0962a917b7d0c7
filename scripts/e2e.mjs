#!/usr/bin/env node
// `npm run test:e2e`: builds the web app, then runs the browser tests (e2e/*.e2e.ts) in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.LUOSHI_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `没有找到 Chromium / Chromium not found at ${chromium}: apt-get install -y chromium fonts-wqy-zenhei`,
  );
  process.exit(1);
}
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const built = run([
  'node_modules/vite/bin/vite.js',
  'build',
  '--config',
  'web/vite.config.ts',
  '--logLevel',
  'warn',
]);
if (built !== 0) process.exit(built);
process.exit(
  run([
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    ...process.argv.slice(2),
  ]),
);

#!/usr/bin/env node
// `npm start`: builds the web app when it is missing or older than its sources, then runs `luoshi serve`
// under a supervisor that restarts it after a crash (scripts/supervise.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { supervise } from './supervise.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const index = 'dist/web/index.html';
if (!existsSync(index) || statSync(index).mtimeMs < newestMtime('web')) {
  console.log('构建网页 / building the web app …');
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
supervise(process.execPath, ['bin/luoshi.mjs', 'serve']);

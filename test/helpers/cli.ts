import { spawnSync } from 'node:child_process';

/** Runs `luoshi …` as a separate process against a database location, as an operator would. */
export function runCli(args: string[], location: { dataDir: string; databaseUrl: string | undefined }) {
  return spawnSync(process.execPath, ['bin/luoshi.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LUOSHI_DATA_DIR: location.dataDir, DATABASE_URL: location.databaseUrl ?? '' },
    timeout: 120_000,
  });
}

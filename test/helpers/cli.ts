import { spawnSync } from 'node:child_process';
import { testDataKeyHex } from './data-key';

/** Runs `luoshi …` as a separate process against a database location, as an operator would. */
export function runCli(
  args: string[],
  location: { dataDir: string; databaseUrl: string | undefined },
  extraEnv: Record<string, string> = {},
  timeoutMs = 120_000,
) {
  return spawnSync(process.execPath, ['bin/luoshi.mjs', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      LUOSHI_DATA_DIR: location.dataDir,
      DATABASE_URL: location.databaseUrl ?? '',
      // The same SM4 data key as the test app that wrote the data.
      LUOSHI_DATA_KEYS: `test:${testDataKeyHex}`,
      ...extraEnv,
    },
    timeout: timeoutMs,
  });
}

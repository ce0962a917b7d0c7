/**
 * Issue #11 finding 1 (restart): the server runs under scripts/supervise.mjs, which starts it again after a
 * crash (here SIGKILL) and, on SIGTERM, passes the signal on and stops.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDataKeyHex } from '../helpers/data-key';

describe('supervisor', () => {
  const dataDir = resolve('.tmp', `sup-${randomUUID()}`);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('restarts the server after SIGKILL and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['scripts/supervise.mjs', process.execPath, 'bin/luoshi.mjs', 'serve'],
      {
        env: {
          ...process.env,
          LUOSHI_PORT: '0',
          LUOSHI_LOG_LEVEL: 'warn',
          DATABASE_URL: '',
          LUOSHI_DATA_DIR: dataDir,
          LUOSHI_JOBS: 'off',
          LUOSHI_DATA_KEYS: `test:${testDataKeyHex}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const waitFor = async (re: RegExp, count: number) => {
      const until = Date.now() + 90_000;
      while ((out.match(re) ?? []).length < count) {
        if (Date.now() > until) throw new Error(`timed out: ${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    try {
      await waitFor(/listening on/g, 1);
      const pid = Number(/started pid (\d+)/.exec(out)?.[1]);
      process.kill(pid, 'SIGKILL');
      await waitFor(/listening on/g, 2);
      const pids = [...out.matchAll(/started pid (\d+)/g)].map((m) => Number(m[1]));
      expect(pids).toHaveLength(2);
      expect(pids[1]).not.toBe(pid);
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 200_000);
});

/**
 * `luoshi demo` in a second terminal that lacks the server's LUOSHI_DATA_DIR: no server and no database where
 * it looks, so it says so and exits non-zero instead of creating a new installation there.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

describe('luoshi demo with no database where the server would be', () => {
  it('says there is neither a database nor a server, exits 1 and creates nothing', () => {
    const dataDir = resolve('.tmp', `demo-nowhere-${randomUUID()}`);
    const run = runCli(['demo'], { dataDir, databaseUrl: undefined });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/没有找到数据库，也没有正在运行的服务器/);
    expect(run.stderr).toContain('LUOSHI_DATA_DIR');
    expect(existsSync(dataDir)).toBe(false);
  });
});

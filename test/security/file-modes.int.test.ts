/**
 * Issue #11 finding 6: the embedded database folder and every file in it are the owner's only (0700/0600),
 * also when the folder was made before the rule with looser modes; backups are 0600.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

function loose(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    if ((statSync(d).mode & 0o777) !== 0o700) found.push(`${d} ${(statSync(d).mode & 0o777).toString(8)}`);
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && (statSync(p).mode & 0o777) !== 0o600)
        found.push(`${p} ${(statSync(p).mode & 0o777).toString(8)}`);
    }
  };
  walk(dir);
  return found;
}

describe('data folder and backup modes', () => {
  const root = resolve('.tmp', `modes-${randomUUID()}`);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a fresh data folder, an old loose one, and a backup are owner-only', () => {
    const dataDir = join(root, 'data');
    const backup = join(root, 'backup.jsonl.gz');
    const first = runCli(['backup', backup], { dataDir, databaseUrl: undefined });
    expect(first.status, first.stderr).toBe(0);
    expect(loose(dataDir)).toEqual([]);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    // A folder left world-readable by an older version is put right at the next open.
    chmodSync(dataDir, 0o755);
    mkdirSync(join(dataDir, 'old'), { mode: 0o755 });
    chmodSync(join(dataDir, 'old'), 0o755);
    writeFileSync(join(dataDir, 'old', 'f'), 'x', { mode: 0o666 });
    chmodSync(join(dataDir, 'old', 'f'), 0o666);
    writeFileSync(backup, 'old', { mode: 0o644 });
    chmodSync(backup, 0o644);
    const second = runCli(['backup', backup], { dataDir, databaseUrl: undefined });
    expect(second.status, second.stderr).toBe(0);
    expect(loose(dataDir)).toEqual([]);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    // Two CLI runs, each making and migrating a PGlite folder: ~30 s on a quiet machine, 80 s seen on a loaded one.
  }, 240_000);
});

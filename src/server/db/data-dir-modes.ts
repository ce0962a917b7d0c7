import { chmod, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Owner-only modes for the embedded database folder: 0700 on every directory, 0600 on every file. PGlite's
 * initdb writes its files 0666 whatever the umask, and folders made before this rule kept 0755: both are
 * put right at every open. Symbolic links are left alone.
 */
export async function restrictDataDir(dir: string): Promise<void> {
  await chmod(dir, 0o700).catch(() => undefined);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await restrictDataDir(path);
    else if (entry.isFile()) await chmod(path, 0o600).catch(() => undefined);
  }
}

/** Files and folders this process creates from now on are its owner's only (backups, exports, PGlite's own). */
export function restrictUmask(): void {
  process.umask(0o077);
}

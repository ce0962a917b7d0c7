import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors';

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * PGlite allows one process per data directory: opening it twice corrupts it. A pid file guards it; a pid
 * file left by a killed process is taken over (the pid is no longer alive), a live one is refused.
 * (A pid check is exact on one machine, where mtime-based lock libraries would wait out a stale period.)
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'luoshi.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return {
        async release() {
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new AppError('DATABASE_IN_USE', {
          details: { dataDir, pid },
          message: `数据目录 ${dataDir} 正被进程 ${pid} 使用（内嵌数据库只允许一个进程打开）。请先停止该服务，或通过 HTTP 接口操作。 / The data directory is in use by process ${pid}; the embedded database allows one process. Stop the server first.`,
        });
      }
      await rm(path, { force: true });
    }
  }
  throw new AppError('DATABASE_IN_USE', { details: { dataDir } });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import type { AppDeps } from '../server/context';
import { backupDatabase, restoreDatabase } from '../server/db/backup';

export async function runBackup(deps: AppDeps, file: string): Promise<void> {
  const summary = await backupDatabase(deps.db, file, deps.clock.now());
  const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `已备份 / backed up ${rows} rows from ${Object.keys(summary.tables).length} tables to ${file}\n`,
  );
}

export async function runRestore(deps: AppDeps, file: string): Promise<void> {
  const summary = await restoreDatabase(deps.db, file);
  const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `已恢复 / restored ${rows} rows into ${Object.keys(summary.tables).length} tables from ${file}\n`,
  );
}

/**
 * `npx luoshi …`: serve | admin create|reset-password | audit verify | backup FILE | restore FILE | extract FILE | demo.
 * Commands that open the embedded database refuse, with a clear message and a non-zero exit, while a server
 * holds it (PGlite allows one process per data directory).
 */
import { Command } from 'commander';
import { systemClock } from '../server/clock';
import { loadConfig } from '../server/config';
import type { AppDeps } from '../server/context';
import { openDatabase } from '../server/db/client';
import { prepareDataProtection } from '../server/crypto/data-protection';
import { runMigrations } from '../server/db/migrate';
import { AppError } from '../server/errors';
import { serve } from '../server/main';
import { runReminders } from '../server/notify/reminders';
import { runAdminCreate, runAdminResetPassword, runAdminResetTotp } from './admin-commands';
import { runAuditExport, runAuditPurge, runAuditVerify } from './audit-command';
import { runKeysRotate, runKeysStatus } from './keys-command';
import { runBackup, runRestore } from './backup-commands';
import { restrictUmask } from '../server/db/data-dir-modes';

// Before anything opens the data folder or writes a backup: new files are the owner's only.
restrictUmask();

async function withDeps<T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await runMigrations(db);
    await prepareDataProtection(db, config, (message) => {
      if (!message.startsWith('使用')) process.stderr.write(message + '\n');
    });
    return await fn({ db, clock: systemClock, config });
  } finally {
    await db.close();
  }
}

const program = new Command('luoshi')
  .description('落实 Luoshi — 区委全会决策部署落实督查系统')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the server (API and web app)')
  .action(async () => serve());

const admin = program.command('admin').description('administrator accounts');
admin
  .command('create')
  .description('create an administrator account (system, audit or security administrator)')
  .requiredOption('-u, --username <name>', 'username')
  .option('-p, --password <password>', 'password (default: generated and printed once)')
  .option('-r, --role <role>', 'admin | auditor | security_officer', 'admin')
  .action(async (opts: { username: string; password?: string; role?: string }) =>
    withDeps((deps) => runAdminCreate(deps, opts)),
  );
admin
  .command('reset-password')
  .description("reset an account's password (it must be changed at the next login) and unlock it")
  .requiredOption('-u, --username <name>', 'username')
  .option('-p, --password <password>', 'password (default: generated and printed once)')
  .action(async (opts: { username: string; password?: string }) =>
    withDeps((deps) => runAdminResetPassword(deps, opts)),
  );

admin
  .command('reset-totp')
  .description("clear an account's TOTP second factor (a lost phone); its sessions end")
  .requiredOption('-u, --username <name>', 'username')
  .action(async (opts: { username: string }) => withDeps((deps) => runAdminResetTotp(deps, opts)));

const audit = program.command('audit').description('audit log');
audit
  .command('verify')
  .description('walk every audit hash chain; exit 1 naming the first broken event')
  .action(async () => {
    const ok = await withDeps(runAuditVerify);
    if (!ok) process.exitCode = 1;
  });
audit
  .command('export')
  .description('write the audit events before a date (with their chain hashes) to a .jsonl.gz file')
  .requiredOption('--before <YYYY-MM-DD>', 'events before this day (Asia/Shanghai)')
  .requiredOption('--out <file>', 'file to write')
  .action(async (opts: { before: string; out: string }) => withDeps((deps) => runAuditExport(deps, opts)));
audit
  .command('purge')
  .description(
    'delete the audit events before a date, after checking FILE is their complete export (retention ≥ 180 days)',
  )
  .requiredOption('--before <YYYY-MM-DD>', 'events before this day (Asia/Shanghai)')
  .requiredOption('--export <file>', 'the export made with `audit export` for the same date')
  .action(async (opts: { before: string; export: string }) => withDeps((deps) => runAuditPurge(deps, opts)));

const keys = program.command('keys').description('SM4 data keys for personal data at rest');
keys
  .command('status')
  .description('how many sealed values each data key holds')
  .action(async () => withDeps(runKeysStatus));
keys
  .command('rotate')
  .description('re-seal every value under the first configured key, in batches (resumable)')
  .action(async () => withDeps(runKeysRotate));

program
  .command('reminders')
  .description('reminders and notifications')
  .command('run')
  .option('--as-of <YYYY-MM-DD>', 'date of the run (default: today in Asia/Shanghai)')
  .description('run the reminder pass now (the server also runs it every hour)')
  .action(async (opts: { asOf?: string }) =>
    withDeps(async (deps) => {
      const counts = await runReminders(
        deps,
        opts.asOf,
        (i) => {
          if (i > 0 && i % 50 === 0) process.stdout.write(`processed ${i} tasks\n`);
        },
        (i) => {
          if (i > 0 && i % 25 === 0) process.stdout.write(`processed ${i} blockers\n`);
        },
      );
      process.stdout.write(`提醒完成 / reminders done: ${JSON.stringify(counts)}\n`);
    }),
  );

program
  .command('backup')
  .argument('<file>', 'backup file to write (.jsonl.gz)')
  .description('write a consistent logical backup of the whole database')
  .action(async (file: string) => withDeps((deps) => runBackup(deps, file)));
program
  .command('restore')
  .argument('<file>', 'backup file to read')
  .description('restore a backup into an empty database')
  .action(async (file: string) => withDeps((deps) => runRestore(deps, file)));

program
  .command('demo')
  .description(
    'load a small demo district (units, a year of tasks and reports, cases, a bulletin, an assessment) with one account per role',
  )
  .option('--name <name>', 'name of the demo district (default: 示范区（演示）)')
  .option('--password <password>', 'password of every demo account (default: generated and printed once)')
  .action(async (opts: { name?: string; password?: string }) => {
    const { runDemo } = await import('./demo-command');
    await runDemo(loadConfig(), withDeps, opts);
  });

program
  .command('extract')
  .argument('<file>', '.txt (UTF-8 or GB18030) or .docx')
  .option('--date <YYYY-MM-DD>', 'meeting date')
  .description('print the sections, tasks and targets the extractor finds in a document, as JSON')
  .action(async (file: string, opts: { date?: string }) => {
    const { runExtract } = await import('./extract-command');
    const result = await runExtract(file, opts.date ? { date: opts.date } : {}, loadConfig());
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`错误 / error [${error.code}]: ${error.message}\n`);
    if (error.details && error.code !== 'DATABASE_IN_USE')
      process.stderr.write(JSON.stringify(error.details) + '\n');
  } else {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    process.stderr.write(
      `错误 / error: ${error instanceof Error ? error.message : String(error)}${cause ? `\n  ${cause}` : ''}\n`,
    );
  }
  process.exit(error instanceof AppError && error.code === 'DATABASE_IN_USE' ? 3 : 1);
});

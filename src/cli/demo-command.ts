/**
 * `luoshi demo [--name NAME] [--password PASSWORD]`: loads the demo district. On a free database (PostgreSQL,
 * or PGlite with no server running) it opens the database and loads directly; when a server holds the PGlite
 * folder it asks that server, over loopback, with the token the server left in <dataDir>/.cli-token.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootstrap } from '../server/bootstrap';
import type { Config } from '../server/config';
import type { AppDeps } from '../server/context';
import { cliTokenFile, type CliTokenFile } from '../server/demo/demo.routes';
import { loadDemo, type DemoResult } from '../server/demo/load-demo';
import { AppError } from '../server/errors';

export interface DemoCommandOptions {
  name?: string;
  password?: string;
}

type WithDeps = <T>(fn: (deps: AppDeps) => Promise<T>) => Promise<T>;

/** Loads the demo directly, or through the running server when it holds the embedded database. */
export async function runDemo(config: Config, withDeps: WithDeps, opts: DemoCommandOptions): Promise<void> {
  const started = Date.now();
  // No server has ever used this folder: most likely the second terminal lacks the server's LUOSHI_DATA_DIR
  // (or DATABASE_URL). Say so rather than start a new, empty installation in ./data beside the real one.
  if (!config.databaseUrl && !(await hasEntries(config.dataDir))) {
    throw new AppError('NOT_FOUND', {
      message: `在 ${config.dataDir} 没有找到数据库，也没有正在运行的服务器。请先启动服务器（npm start），并在本终端设置与服务器相同的 LUOSHI_DATA_DIR / LUOSHI_PORT / DATABASE_URL。 / No database at ${config.dataDir} and no server running there: start the server first (npm start) and give this terminal the same LUOSHI_DATA_DIR / LUOSHI_PORT / DATABASE_URL as the server.`,
    });
  }
  process.stdout.write('正在加载演示数据（约半分钟）… / loading the demo district…\n');
  try {
    const result = await withDeps(async (deps) => {
      // A folder nobody started yet: create the real district and its `admin` first, as `npm start` would.
      const boot = await bootstrap(deps);
      if (boot.generatedAdminPassword) {
        process.stdout.write(
          `\n已创建系统管理员 admin，一次性密码 / created admin with the one-time password:  ${boot.generatedAdminPassword}\n`,
        );
      }
      return loadDemo(deps, { name: opts.name, password: opts.password, via: 'cli' });
    });
    printResult(result, urlOf(config.host, config.port), Date.now() - started, false);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'DATABASE_IN_USE') || config.databaseUrl) throw error;
    const server = await readTokenFile(config.dataDir);
    const result = await callServer(server, opts);
    printResult(result, urlOf('127.0.0.1', server.port), Date.now() - started, true);
  }
}

async function hasEntries(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

function urlOf(host: string, port: number): string {
  const shown =
    host === '0.0.0.0' || host === '::' || host === ''
      ? '127.0.0.1'
      : host.includes(':')
        ? `[${host}]`
        : host;
  return `http://${shown}:${port}`;
}

async function readTokenFile(dataDir: string): Promise<CliTokenFile> {
  const path = join(dataDir, cliTokenFile);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new AppError('DATABASE_IN_USE', {
      message: `服务器正在使用数据目录 ${dataDir}，但没有找到 ${path}（服务器启动时写入）。请用同一账号运行本命令，或先停止服务器。 / The server holds ${dataDir} but ${path} is missing or unreadable: run this as the server's user, or stop the server.`,
    });
  }
  const parsed = JSON.parse(text) as CliTokenFile;
  if (typeof parsed.token !== 'string' || typeof parsed.port !== 'number')
    throw new AppError('INTERNAL', { message: `${path} 格式有误 / is malformed` });
  return parsed;
}

async function callServer(server: CliTokenFile, opts: DemoCommandOptions): Promise<DemoResult> {
  const url = `http://127.0.0.1:${server.port}/api/internal/demo`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({
        ...(opts.name ? { name: opts.name } : {}),
        ...(opts.password ? { password: opts.password } : {}),
      }),
    });
  } catch (error) {
    throw new AppError('DATABASE_IN_USE', {
      message: `数据目录被进程 ${server.pid} 占用，但无法连接 ${url}（${(error as Error).message}）。服务器须监听本机地址。 / Cannot reach the server that holds the data folder at ${url}; it must listen on loopback.`,
    });
  }
  const body = (await response.json()) as DemoResult & {
    error?: { code: string; message: string; details?: unknown };
  };
  if (!response.ok) {
    const code = body.error?.code ?? 'INTERNAL';
    throw new AppError(code in errorCodes ? (code as keyof typeof errorCodes) : 'INTERNAL', {
      message: body.error?.message ?? `HTTP ${response.status}`,
      details: body.error?.details as Record<string, unknown> | undefined,
    });
  }
  return body;
}

// The codes the route answers with; anything else is reported as INTERNAL.
const errorCodes = {
  DUPLICATE: 1,
  WEAK_PASSWORD: 1,
  VALIDATION_FAILED: 1,
  UNAUTHENTICATED: 1,
  NOT_FOUND: 1,
  RATE_LIMITED: 1,
  INTERNAL: 1,
} as const;

function printResult(result: DemoResult, url: string, ms: number, viaServer: boolean): void {
  const rows = result.accounts.map((a) => [a.label, a.username, a.displayName]);
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = [0, 1, 2].map((i) =>
    Math.max(
      ...rows.map((r) => width(r[i] ?? '')),
      width(['角色 role', '账号 username', '姓名 name'][i] ?? ''),
    ),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat((cols[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd();
  const out = [
    '',
    `已加载演示区“${result.districtName}”${viaServer ? '（通过正在运行的服务器）' : ''}，用时 ${Math.round(ms / 100) / 10} 秒 / demo district loaded`,
    `  ${result.counts.units} 个单位、${result.counts.users} 个账号、${result.counts.tasks} 项任务、${result.counts.reports} 份进展报告、${result.counts.cases} 件督办件、${result.counts.rectifications} 项整改、${result.counts.bulletins} 期通报`,
    `  今日红灯 ${result.lights.red} 项、黄灯 ${result.lights.yellow} 项、绿灯 ${result.lights.green} 项（其中已办结 ${result.lights.completed} 项）`,
    `  重点项目 ${result.projects.projects} 个、月度投资报告 ${result.projects.reports} 份，其中 ${result.projects.publicProjects} 个公示`,
    '',
    line(['角色 role', '账号 username', '姓名 name']),
    line(cols.map((c) => '-'.repeat(c))),
    ...rows.map(line),
    '',
    `所有演示账号的密码 / password of every demo account:  ${result.password}`,
    '（只显示这一次；演示账号登录后不要求改密码。 / shown once; demo accounts need not change it.）',
    '',
    `打开 ${url} ，用 demo-supervisor 登录看督查室的工作台，用 demo-leader1 看领导驾驶舱，用 demo-zjj-clerk 看单位联络员的待办，用 demo-zjj-cjk 看科室的子任务。`,
    `Open ${url} and log in as demo-supervisor (supervision office), demo-leader1 (cockpit), demo-zjj-clerk (a unit's clerk) or demo-zjj-cjk (a section's sub-tasks).`,
    '',
    `重点项目甘特图公示（无需登录） / the public key-project board (no login):  ${url}${result.publicBoardPath}`,
    `满意度测评（无需登录） / the satisfaction survey (no login):  ${url}${result.survey.path}`,
    `  未使用的测评码 / unused survey codes:  ${result.survey.unusedCodes.join('  ')}`,
    `公开的任务进展（无需登录） / the public tasks (no login):  ${url}${result.public.tasksPath}`,
    `考核结果公示（无需登录） / the published results (no login):  ${url}${result.public.resultsPath}`,
    `社情民意留言与回执查询（无需登录） / public messages and receipt look-up (no login):  ${url}${result.public.feedbackPath}`,
    `  已答复并公开的留言的回执码 / receipt of an answered, published message:  ${result.public.receipts.published}`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}

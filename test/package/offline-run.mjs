// Runs INSIDE a network namespace with nothing but loopback (test/package/package.int.test.ts starts it with
// `unshare -rn`), with the Node.js of the unpacked bundle: proves the namespace is offline, starts the bundle's
// bin/start.sh, logs in as the first administrator, loads the demo with bin/luoshi demo, logs in as a demo
// account and reads its tasks, stops the server, and prints one JSON line of what it saw.
// `node offline-run.mjs BUNDLE_DIR WORK_DIR`. Only Node's own modules: nothing here comes from the checkout.
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';

const [bundle, work] = process.argv.slice(2);
const port = 3000;
const base = `http://127.0.0.1:${port}`;
const demoPassword = 'Offline#Demo2026';
const result = { steps: [] };
const step = (name, detail = {}) => result.steps.push({ name, at: Date.now(), ...detail });

// Package managers on PATH are replaced by shims that write down that they ran (and fail).
const shims = join(work, 'shims');
const spawnedLog = join(work, 'package-managers-run.log');
mkdirSync(shims, { recursive: true });
for (const tool of ['npm', 'npx', 'pnpm', 'yarn', 'corepack']) {
  writeFileSync(join(shims, tool), `#!/bin/sh\necho "${tool} $*" >> '${spawnedLog}'\nexit 97\n`);
  chmodSync(join(shims, tool), 0o755);
}
const env = {
  PATH: `${shims}:/usr/bin:/bin`,
  HOME: join(work, 'home'),
  LANG: 'C.UTF-8',
  TMPDIR: join(work, 'tmp'),
  LUOSHI_ENV_FILE: '',
  LUOSHI_DATA_DIR: join(work, 'data'),
  LUOSHI_HOST: '127.0.0.1',
  LUOSHI_PORT: String(port),
  LUOSHI_LOG_LEVEL: 'warn',
  // Were anything to ask a registry, it would ask an address that cannot answer.
  npm_config_registry: 'http://192.0.2.1:9/',
  npm_config_offline: 'true',
};
mkdirSync(env.HOME, { recursive: true });
mkdirSync(env.TMPDIR, { recursive: true });

async function offline() {
  const interfaces = Object.keys(networkInterfaces());
  const outside = await new Promise((resolve) => {
    const socket = connect({ host: '192.0.2.1', port: 443, timeout: 3000 });
    const done = (outcome) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.on('connect', () => done('connected'));
    socket.on('timeout', () => done('timeout'));
    socket.on('error', (error) => done(error.code));
  });
  const dns = await lookup('registry.npmjs.org').then(
    () => 'resolved',
    (error) => error.code,
  );
  return { interfaces, outside, dns };
}

function start(command, args) {
  const child = spawn(command, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  child.stdout.on('data', (d) => (child.output += d));
  child.stderr.on('data', (d) => (child.output += d));
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

async function waitFor(check, what, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function login(username, password) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return { status: response.status, cookie, body: await response.json() };
}

let server;
try {
  result.network = await offline();
  step('offline checked');
  server = start(join(bundle, 'bin/start.sh'), []);
  await waitFor(
    () => server.output.includes('listening on') || server.exitCode !== null,
    'the server to listen',
    420_000,
  );
  if (server.exitCode !== null) throw new Error(`server exited ${server.exitCode}`);
  step('server listening');
  const password = /First start[^\n]*\n\n {4}(\S+)\n/.exec(server.output)?.[1];
  const admin = await login('admin', password ?? '');
  result.adminLogin = { status: admin.status, username: admin.body.user?.username };
  const index = await fetch(`${base}/`);
  const html = await index.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  result.web = {
    status: index.status,
    hasRoot: html.includes('id="root"'),
    assetStatus: asset ? (await fetch(`${base}${asset}`)).status : null,
  };
  step('admin logged in');

  const demo = start(join(bundle, 'bin/luoshi'), ['demo', '--password', demoPassword]);
  const demoExit = await Promise.race([
    demo.exited,
    new Promise((r) => setTimeout(() => r({ code: 'timeout' }), 420_000).unref()),
  ]);
  if (demoExit.code === 'timeout') demo.kill('SIGKILL');
  result.demo = { exit: demoExit.code, output: demo.output.slice(-600) };
  step('demo loaded');
  const supervisor = await login('demo-supervisor', demoPassword);
  const tasks = await fetch(`${base}/api/v1/tasks?pageSize=100`, { headers: { cookie: supervisor.cookie } });
  const taskItems = (await tasks.json()).items ?? [];
  result.demoLogin = { status: supervisor.status, tasksStatus: tasks.status, tasks: taskItems.length };
  step('demo account read its tasks');

  server.kill('SIGTERM');
  result.serverExit = await server.exited;
  step('server stopped');
} catch (error) {
  result.error = String(error?.stack ?? error);
  server?.kill('SIGKILL');
} finally {
  result.serverOutput = server?.output.slice(-3000);
  try {
    appendFileSync(spawnedLog, '');
  } catch {
    // the log file is created empty when nothing ran
  }
  process.stdout.write(`\nOFFLINE-RESULT ${JSON.stringify(result)}\n`);
}

/**
 * The offline bundle (`npm run package`): unpacked in a fresh folder, it starts inside a network namespace with
 * no network at all (`unshare -rn`, loopback only), a user logs in over loopback, `bin/luoshi demo` loads the demo
 * district and a demo account reads its tasks — and no package manager ran. `npm run test:package` builds the
 * bundle and runs this with LUOSHI_TEST_PACKAGE=1 (CI: .ci/run); without it the suite is skipped.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const enabled = process.env.LUOSHI_TEST_PACKAGE === '1';
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const tarball = resolve(`dist/luoshi-${version}-linux-x64.tar.gz`);

interface OfflineResult {
  steps: Array<{ name: string; at: number }>;
  network: { interfaces: string[]; outside: string; dns: string };
  adminLogin: { status: number; username: string };
  web: { status: number; hasRoot: boolean; assetStatus: number | null };
  demo: { exit: number | string; output: string };
  demoLogin: { status: number; tasksStatus: number; tasks: number };
  serverExit: { code: number | null; signal: string | null };
  error?: string;
  serverOutput?: string;
}

/** Every file under a folder, relative, for the checks on what the bundle holds. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe.skipIf(!enabled)('the offline bundle', () => {
  let work: string;
  let bundle: string;
  let result: OfflineResult;
  let files: string[];

  beforeAll(() => {
    expect(existsSync(tarball), `${tarball} (run npm run package first)`).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'luoshi-package-'));
    const unpack = spawnSync('tar', ['-xzf', tarball, '-C', work]);
    expect(unpack.status, unpack.stderr.toString()).toBe(0);
    bundle = join(work, `luoshi-${version}`);
    files = listFiles(bundle);
    // The driver runs from the temporary folder, so nothing resolves from this checkout.
    cpSync('test/package/offline-run.mjs', join(work, 'offline-run.mjs'));
    const node = existsSync(join(bundle, 'node/bin/node')) ? join(bundle, 'node/bin/node') : process.execPath;
    const run = spawnSync(
      'unshare',
      [
        '-rn',
        'sh',
        '-c',
        'ip link set lo up && exec "$@"',
        'sh',
        node,
        join(work, 'offline-run.mjs'),
        bundle,
        work,
      ],
      { cwd: work, encoding: 'utf8', timeout: 840_000, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } },
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith('OFFLINE-RESULT '));
    expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
    result = JSON.parse(line!.slice('OFFLINE-RESULT '.length)) as OfflineResult;
    expect(result.error, result.serverOutput).toBeUndefined();
    // How long each step took (the machine's load shows here first).
    const started = result.steps[0]?.at ?? 0;
    console.log(result.steps.map((s) => `${s.name} +${((s.at - started) / 1000).toFixed(1)} s`).join('\n'));
  }, 900_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ran in a namespace with loopback only: the outside and DNS were unreachable', () => {
    expect(result.network.interfaces).toEqual(['lo']);
    expect(['ENETUNREACH', 'EHOSTUNREACH']).toContain(result.network.outside);
    expect(result.network.dns).not.toBe('resolved');
  });

  it('started from bin/start.sh: the first administrator logs in and the web app is served', () => {
    expect(result.adminLogin).toEqual({ status: 200, username: 'admin' });
    expect(result.web).toEqual({ status: 200, hasRoot: true, assetStatus: 200 });
  });

  it('loaded the demo with bin/luoshi demo while the server ran; a demo account reads its tasks', () => {
    expect(result.demo.exit, result.demo.output).toBe(0);
    expect(result.demoLogin.status).toBe(200);
    expect(result.demoLogin.tasksStatus).toBe(200);
    expect(result.demoLogin.tasks).toBeGreaterThan(0);
  });

  it('stopped cleanly on SIGTERM', () => {
    expect(result.serverExit).toEqual({ code: 0, signal: null });
  });

  it('spawned no package manager, and holds none', () => {
    const log = join(work, 'package-managers-run.log');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    expect(files.filter((f) => /(^|\/)(npm|npx|npm-cli\.js|pnpm|yarn)$/.test(f))).toEqual([]);
    expect(files).not.toContain('package-lock.json');
    const pkg = JSON.parse(readFileSync(join(bundle, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.devDependencies).toBeUndefined();
    expect(pkg.scripts).toBeUndefined();
  });

  it('holds the web app, the service files, INSTALL.md and the linux-x64 native modules, and no tests or dev tools', () => {
    for (const file of [
      'web/index.html',
      'bin/start.sh',
      'bin/luoshi',
      'INSTALL.md',
      'BUILD.json',
      'deploy/luoshi.service',
      'deploy/luoshi.env',
      'deploy/nginx/luoshi.conf',
      'src/server/db/migrations/0001_foundation.sql',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => f.startsWith('node_modules/@node-rs/argon2-linux-x64-gnu/'))).toBe(true);
    expect(files.some((f) => f.startsWith('node_modules/@resvg/resvg-js-linux-x64-gnu/'))).toBe(true);
    expect(files.some((f) => f.startsWith('node_modules/@esbuild/linux-x64/'))).toBe(true);
    for (const dev of ['vite/', 'vitest/', 'typescript/', 'antd/', 'playwright-core/', 'eslint/']) {
      expect(
        files.some((f) => f.startsWith(`node_modules/${dev}`)),
        dev,
      ).toBe(false);
    }
    expect(
      files.filter((f) => f.startsWith('src/') && (f.endsWith('.test.ts') || f.includes('/fixtures/'))),
    ).toEqual([]);
    for (const script of ['bin/start.sh', 'bin/luoshi']) {
      expect(statSync(join(bundle, script)).mode & 0o111, script).not.toBe(0);
    }
  });

  it('ships the same service files as deploy/ in the repository', () => {
    for (const file of ['luoshi.service', 'luoshi.env', 'nginx/luoshi.conf']) {
      expect(readFileSync(join(bundle, 'deploy', file), 'utf8'), file).toBe(
        readFileSync(join('deploy', file), 'utf8'),
      );
    }
  });
});

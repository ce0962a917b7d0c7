#!/usr/bin/env node
// `npm run package`: builds dist/luoshi-<version>-linux-x64.tar.gz, a bundle that installs and runs on a
// linux-x64 server without the internet (no `npm install` there). It holds:
//   web/           the built web app (vite build)
//   src/, bin/     the server and the CLI as TypeScript, run through tsx (a runtime dependency, as `npm start` does);
//                  bin/luoshi and bin/start.sh pick the Node.js to run them
//   node_modules/  production dependencies only, with their linux-x64 native parts (checked by loading them)
//   node/bin/node  this machine's Node.js when it is linux-x64 ≥ 20.19 (leave it out with --no-node)
//   deploy/        luoshi.service, luoshi.env, nginx/luoshi.conf;  INSTALL.md (Chinese), BUILD.json
// Production dependencies are copied from this checkout's node_modules (the packages package-lock.json does not
// mark dev) and checked with `npm ls --omit=dev --offline`: no registry and no npm cache needed, and it copies half
// of what `npm prune --omit=dev` would start from; `npm ci --omit=dev --offline` took twice as long and needs the cache.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  rmdirSync,
} from 'node:fs';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const withNode = !process.argv.includes('--no-node');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const name = `luoshi-${pkg.version}`;
const dist = join(repo, 'dist');
const staging = join(dist, 'package-staging');
const root = join(staging, name);
const tarball = join(dist, `${name}-linux-x64.tar.gz`);

function step(message) {
  process.stdout.write(`[package ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
  }
}

/** Files of a bundle's source tree: no tests and no test fixtures. */
function isRuntimeSource(path) {
  return !/\.test\.ts$/.test(path) && !/[\\/]fixtures([\\/]|$)/.test(path);
}

/**
 * Copies the installed packages package-lock.json does not mark `dev` (those for other platforms are not
 * installed, so not copied), each without its nested node_modules, which are entries of their own.
 */
function copyProductionDependencies(from, to) {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.dev) continue;
    const source = join(from, path.slice('node_modules/'.length));
    if (!existsSync(source)) continue;
    const nested = join(source, 'node_modules');
    cpSync(source, join(to, path.slice('node_modules/'.length)), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (file) => file !== nested,
    });
  }
}

/** Deletes what production never reads (source maps, type declarations) and folders left empty. */
function trim(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      trim(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (/\.(map|d\.ts|d\.mts|d\.cts)$/.test(entry.name)) rmSync(path);
  }
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  throw new Error(
    `the bundle is for linux-x64 and takes this machine's native modules; this is ${process.platform}-${process.arch}`,
  );
}
rmSync(staging, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

step('web app (vite build)');
run(
  process.execPath,
  [
    join(repo, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ],
  {
    cwd: repo,
    env: { ...process.env, LUOSHI_WEB_DIR: join(root, 'web') },
  },
);

step('server, CLI and service files');
cpSync(join(repo, 'src'), join(root, 'src'), { recursive: true, filter: isRuntimeSource });
mkdirSync(join(root, 'bin'));
cpSync(join(repo, 'bin/luoshi.mjs'), join(root, 'bin/luoshi.mjs'));
for (const script of ['luoshi', 'start.sh']) {
  cpSync(join(repo, 'deploy/bundle', script), join(root, 'bin', script));
  chmodSync(join(root, 'bin', script), 0o755);
}
cpSync(join(repo, 'deploy/bundle/INSTALL.md'), join(root, 'INSTALL.md'));
mkdirSync(join(root, 'deploy/nginx'), { recursive: true });
for (const file of ['luoshi.service', 'luoshi.env', 'nginx/luoshi.conf']) {
  cpSync(join(repo, 'deploy', file), join(root, 'deploy', file));
}
// tsx compiles src/ with the same settings as development.
const tsconfig = JSON.parse(readFileSync(join(repo, 'tsconfig.json'), 'utf8'));
writeFileSync(
  join(root, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: tsconfig.compilerOptions, include: ['src'] }, null, 2) + '\n',
);
// npm ls checks the copied tree against them; neither stays in the bundle.
for (const file of ['package.json', 'package-lock.json']) cpSync(join(repo, file), join(root, file));

step('production dependencies (package-lock.json without dev, checked with npm ls --omit=dev --offline)');
copyProductionDependencies(realpathSync(join(repo, 'node_modules')), join(root, 'node_modules'));
run('npm', ['ls', '--omit=dev', '--offline', '--all', '--loglevel=error'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
// The bundle's package.json names no dev dependencies and no scripts, and it has no lock: nothing for npm at the target.
const { devDependencies: _dev, scripts: _scripts, ...runtimePackage } = pkg;
writeFileSync(join(root, 'package.json'), JSON.stringify(runtimePackage, null, 2) + '\n');
rmSync(join(root, 'package-lock.json'));
trim(join(root, 'node_modules'));

if (withNode) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19))
    throw new Error(`Node ${process.version} is older than 20.19; use --no-node`);
  step(`Node.js ${process.version} from ${process.execPath}`);
  mkdirSync(join(root, 'node/bin'), { recursive: true });
  cpSync(process.execPath, join(root, 'node/bin/node'));
  chmodSync(join(root, 'node/bin/node'), 0o755);
  // Debug symbols are a third of the binary; `strip` is in binutils, absent on some build machines.
  spawnSync('strip', ['--strip-debug', join(root, 'node/bin/node')], { stdio: 'ignore' });
  for (const license of [
    join(dirname(process.execPath), '../share/doc/node/LICENSE'),
    '/usr/share/doc/nodejs/copyright',
  ]) {
    if (existsSync(license)) cpSync(license, join(root, 'node/LICENSE'));
  }
}

step('native modules load (linux-x64)');
// Loads each native dependency from the bundle, with the Node.js the bundle will use, outside this checkout.
const probe = `
  const { hash, verify } = await import('@node-rs/argon2');
  if (!(await verify(await hash('x'), 'x'))) throw new Error('argon2');
  const { Resvg } = await import('@resvg/resvg-js');
  new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>').render();
  const esbuild = await import('esbuild');
  esbuild.transformSync('let a: number = 1', { loader: 'ts' });
`;
run(withNode ? join(root, 'node/bin/node') : process.execPath, ['--input-type=module', '-e', probe], {
  cwd: root,
});

const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
const build = {
  name: pkg.name,
  version: pkg.version,
  commit,
  builtAt: new Date().toISOString(),
  node: withNode ? process.version : null,
  platform: 'linux-x64',
};
writeFileSync(join(root, 'BUILD.json'), JSON.stringify(build, null, 2) + '\n');

step(`tarball ${relative(repo, tarball)}`);
rmSync(tarball, { force: true });
run('tar', [
  '--sort=name',
  '--owner=0',
  '--group=0',
  '--numeric-owner',
  '-czf',
  tarball,
  '-C',
  staging,
  name,
]);
rmSync(staging, { recursive: true, force: true });
const mb = (statSync(tarball).size / 1024 / 1024).toFixed(1);
step(`done: ${relative(repo, tarball)} ${mb} MB`);

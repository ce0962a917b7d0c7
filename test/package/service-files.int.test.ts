/**
 * The service files the bundle ships (deploy/): the systemd unit passes `systemd-analyze verify` (run on a copy
 * whose ExecStart names this checkout's deploy/bundle/start.sh, since verify needs the program to exist) with no
 * warning and keeps its sandbox; the nginx configuration passes `nginx -t` inside a test main configuration, with
 * a self-signed certificate made here by openssl, and lets through exactly Luoshi's upload limit.
 * Runs with LUOSHI_TEST_PACKAGE=1 (`npm run test:package`, CI); needs systemd-analyze, nginx and openssl.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxUploadBytes } from '../../src/server/documents/parse-limits';

const enabled = process.env.LUOSHI_TEST_PACKAGE === '1';
const unit = readFileSync('deploy/luoshi.service', 'utf8');
const nginxConf = readFileSync('deploy/nginx/luoshi.conf', 'utf8');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stderr: result.stderr };
}

/** The values a unit gives a key, in order ("Key=value" lines, comments left out). */
function unitValues(key: string): string[] {
  return unit
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

describe.skipIf(!enabled)('the service files', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'luoshi-service-files-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('systemd: the unit verifies without a warning and is rated OK by systemd-analyze security', () => {
    expect(unitValues('ExecStart')).toEqual(['/opt/luoshi/current/bin/start.sh']);
    const copy = join(work, 'luoshi.service');
    writeFileSync(copy, unit.replace('/opt/luoshi/current/bin/start.sh', resolve('deploy/bundle/start.sh')));
    const verify = run('systemd-analyze', ['verify', copy]);
    expect(verify.status, verify.output).toBe(0);
    expect(verify.stderr).toBe('');
    const security = run('systemd-analyze', ['security', '--offline=true', copy]);
    const exposure = /Overall exposure level for luoshi\.service: ([\d.]+)/.exec(security.output)?.[1];
    expect(Number(exposure), security.output.slice(-2000)).toBeLessThanOrEqual(4);
  });

  it('systemd: dedicated user, read-only system but the data folder, restart on failure, settings from /etc/luoshi', () => {
    expect(unitValues('User')).toEqual(['luoshi']);
    expect(unitValues('Group')).toEqual(['luoshi']);
    expect(unitValues('ProtectSystem')).toEqual(['strict']);
    expect(unitValues('StateDirectory')).toEqual(['luoshi']);
    expect(unitValues('ReadWritePaths')).toEqual(['/var/lib/luoshi']);
    expect(unitValues('Environment')).toContain('LUOSHI_DATA_DIR=/var/lib/luoshi');
    expect(unitValues('EnvironmentFile')).toEqual(['/etc/luoshi/luoshi.env']);
    expect(unitValues('Restart')).toEqual(['on-failure']);
    expect(Number(unitValues('LimitNOFILE')[0])).toBeGreaterThanOrEqual(65536);
    expect(unitValues('NoNewPrivileges')).toEqual(['true']);
    expect(unitValues('PrivateTmp')).toEqual(['true']);
    // V8's JIT and PGlite's WebAssembly need writable executable memory.
    expect(unitValues('MemoryDenyWriteExecute')).toEqual([]);
  });

  it('nginx: the configuration passes nginx -t with a self-signed certificate', () => {
    const cert = join(work, 'luoshi.crt');
    const key = join(work, 'luoshi.key');
    const openssl = run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=luoshi.test',
      '-keyout', key, '-out', cert,
    ]); // prettier-ignore
    expect(openssl.status, openssl.output).toBe(0);
    expect(nginxConf).toContain('ssl_certificate     /etc/luoshi/tls/luoshi.crt;');
    expect(nginxConf).toContain('ssl_certificate_key /etc/luoshi/tls/luoshi.key;');
    writeFileSync(
      join(work, 'luoshi.conf'),
      nginxConf.replace('/etc/luoshi/tls/luoshi.crt', cert).replace('/etc/luoshi/tls/luoshi.key', key),
    );
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `${kind}_temp_path ${join(work, kind)};`,
    );
    writeFileSync(
      join(work, 'nginx.conf'),
      `pid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents {}\n` +
        `http {\n  access_log off;\n  ${temp.join('\n  ')}\n  include ${join(work, 'luoshi.conf')};\n}\n`,
    );
    const test = run('nginx', [
      '-t',
      '-e',
      join(work, 'error.log'),
      '-p',
      work,
      '-c',
      join(work, 'nginx.conf'),
    ]);
    expect(test.status, test.output).toBe(0);
    expect(test.output).not.toMatch(/\[(warn|emerg|alert)\]/);
  });

  it('nginx: redirects HTTP, proxies to 127.0.0.1:3000 with the forwarded headers, sized for uploads', () => {
    expect(nginxConf).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    expect(nginxConf).toMatch(/server 127\.0\.0\.1:3000;/);
    // Set, not appended: a client cannot put a forged address in front of its own.
    expect(nginxConf).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(nginxConf).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
    expect(nginxConf).toContain('LUOSHI_TRUST_PROXY=true');
    const limit = /client_max_body_size (\d+)m;/.exec(nginxConf)?.[1];
    const bytes = Number(limit) * 1024 * 1024;
    expect(bytes).toBeGreaterThan(maxUploadBytes);
    expect(bytes).toBeLessThanOrEqual(maxUploadBytes + 2 * 1024 * 1024);
  });
});

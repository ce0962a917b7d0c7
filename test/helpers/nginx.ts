/**
 * Debian's nginx on loopback as the balancer of multi-node tests: round robin over the nodes, the next node on
 * a connection error (a node that stopped accepting), no keep-alive to the nodes (each request a new
 * connection, as docs/operations.md shows). Started as a child in the foreground; never a daemon.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/** A free TCP port on loopback (asked of the kernel, then released for the caller to bind). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The nginx.conf of the tested two-node deployment (docs/operations.md shows the same upstream block). */
export function nginxConf(dir: string, listenPort: number, nodePorts: number[]): string {
  const servers = nodePorts.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join('\n');
  return `worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 25m;
  upstream luoshi {
${servers}
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://luoshi;
      proxy_next_upstream error timeout http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}

export interface Nginx {
  base: string;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts nginx in front of the given loopback ports and waits until it answers. */
export async function startNginx(nodePorts: number[]): Promise<Nginx> {
  if (!nginxBinary) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const dir = await mkdtemp(join(tmpdir(), 'luoshi-nginx-'));
  await mkdir(join(dir, 'logs'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  await writeFile(conf, nginxConf(dir, port, nodePorts));
  const child: ChildProcess = spawn(nginxBinary, ['-p', dir, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${err}`);
    const up = await fetch(`${base}/api/v1/health/live`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    errorLog: () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

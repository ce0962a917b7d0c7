/**
 * POST /api/internal/demo: how `luoshi demo` loads the demo while the server holds the embedded database
 * (PGlite admits one process). Only from this machine (loopback, not through a proxy) and only with the token
 * the server wrote to <dataDir>/.cli-token (mode 0600) at start: whoever can read that file may run the CLI on
 * the data folder anyway. Left out of the public API docs; every refusal and every load is audited.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import type { AppDeps } from '../context';
import { withSystemTx } from '../db/tx';
import { AppError } from '../errors';
import type { App } from '../http';
import { loadDemo } from './load-demo';

export const cliTokenFile = '.cli-token';

/** What the server leaves for the command line beside the data: the token and where to reach it. */
export interface CliTokenFile {
  token: string;
  port: number;
  pid: number;
}

export function newCliToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Writes the token file readable by its owner only; removes an older one first (mode applies on creation). */
export async function writeCliToken(dataDir: string, content: CliTokenFile): Promise<string> {
  const path = join(dataDir, cliTokenFile);
  await rm(path, { force: true });
  await writeFile(path, JSON.stringify(content), { mode: 0o600, flag: 'wx' });
  return path;
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameToken(given: string, expected: string): boolean {
  // Hashes have equal lengths, so the comparison takes the same time whatever was sent.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const ZDemoBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  password: z.string().min(1).max(128).optional(),
});

export function registerDemoRoutes(app: App, deps: AppDeps, token: string): void {
  const refuse = async (ip: string, reason: string) => {
    await withSystemTx(deps.db, (tx) =>
      recordAudit(tx, {
        tenantId: null,
        at: deps.clock.now(),
        actorId: null,
        actorName: 'cli',
        ip,
        action: 'demo.refused',
        entityType: 'route',
        entityId: '/api/internal/demo',
        after: { reason },
      }),
    );
  };
  app.post(
    '/api/internal/demo',
    {
      schema: { hide: true, body: ZDemoBody },
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const address = request.socket.remoteAddress ?? '';
      if (!loopback.has(address) || request.headers['x-forwarded-for'] !== undefined) {
        // From elsewhere the route does not exist.
        await refuse(address, 'not loopback');
        throw new AppError('NOT_FOUND');
      }
      const header = request.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!given || !sameToken(given, token)) {
        await refuse(address, given ? 'wrong token' : 'no token');
        throw new AppError('UNAUTHENTICATED', {
          message: '需要服务器写在数据目录中的 CLI 令牌 / the CLI token from the data folder is required',
        });
      }
      const body = request.body as z.infer<typeof ZDemoBody>;
      const result = await loadDemo(deps, {
        name: body.name,
        password: body.password,
        via: 'server',
        ip: address,
      });
      return reply.send(result);
    },
  );
}

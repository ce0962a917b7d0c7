/**
 * Killing the server with SIGKILL while writes are in flight loses no write that was acknowledged: every
 * unit that got a 201 is there after a restart, and the audit chain still verifies.
 */
import { randomUUID } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ensureTenant } from '../src/server/bootstrap';
import { openDatabase } from '../src/server/db/client';
import { withSystemTx } from '../src/server/db/tx';
import { users } from '../src/server/db/schema';
import { hashPassword } from '../src/server/modules/auth/passwords';
import { runCli } from './helpers/cli';
import { startServerProcess } from './helpers/server-process';

const password = 'Crash#Test2024';

async function loginCookie(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'crash', password }),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

describe('SIGKILL during writes (PGlite)', () => {
  const dataDir = resolve('.tmp', `crash-${randomUUID()}`);
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write across 3 kills', { timeout: 240_000 }, async () => {
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
    const db = await openDatabase({ dataDir });
    await withSystemTx(db, async (tx) => {
      const tenantId = await ensureTenant(tx, '测试区', new Date());
      await tx.insert(users).values({ id: randomUUID(), tenantId, username: 'crash', displayName: '压测', roles: ['admin'], passwordHash: await hashPassword(password), mustChangePassword: false });
    });
    await db.close();

    const acknowledged = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const server = await startServerProcess({ LUOSHI_DATA_DIR: dataDir });
      const base = server.base;
      const cookie = await loginCookie(base);
      let stop = false;
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const code = `R${round}W${w}N${i}`;
          try {
            const res = await fetch(`${base}/api/v1/units`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie },
              body: JSON.stringify({ name: `单位${code}`, code, kind: 'other' }),
            });
            if (res.status === 201) acknowledged.add(code);
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = Array.from({ length: 6 }, (_, w) => writer(w));
      await new Promise((r) => setTimeout(r, 1500 + round * 400));
      await server.stop('SIGKILL');
      stop = true;
      await Promise.all(writers);
    }
    expect(acknowledged.size).toBeGreaterThan(20);

    const server = await startServerProcess({ LUOSHI_DATA_DIR: dataDir });
    try {
      const cookie = await loginCookie(server.base);
      const res = await fetch(`${server.base}/api/v1/units`, { headers: { cookie } });
      const stored = new Set(((await res.json()) as { items: Array<{ code: string }> }).items.map((u) => u.code));
      const lost = [...acknowledged].filter((c) => !stored.has(c));
      expect(lost).toEqual([]);
    } finally {
      await server.stop();
    }
    const verify = runCli(['audit', 'verify'], { dataDir, databaseUrl: undefined });
    expect(verify.stdout).toMatch(/intact/);
    expect(verify.status).toBe(0);
  });
});

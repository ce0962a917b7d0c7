/**
 * 等保2.0 level 3, confidentiality of stored personal data: phone numbers, e-mail addresses and TOTP secrets
 * are sealed with SM4 (+ HMAC-SM3) in the row; a wrong key stops the start; rotation re-seals everything.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DataKeyError,
  installKeyring,
  keyringFromSource,
  open,
  seal,
} from '../../src/server/crypto/data-keys';
import {
  checkDataKeys,
  keyStatus,
  prepareDataProtection,
  resealColumns,
} from '../../src/server/crypto/data-protection';
import { openDatabase, queryRows, type Database } from '../../src/server/db/client';
import { runCli } from '../helpers/cli';
import { testDataKeyHex } from '../helpers/data-key';
import { buildUser, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, testConfig, type TestApp } from '../helpers/test-app';

const newKeyHex = 'f0e0d0c0b0a090807060504030201000';
const phone = '13812345678';
const email = 'zhang.san@example.gov.cn';

describe('SM4 sealing', () => {
  const keyring = keyringFromSource({ keys: `test:${testDataKeyHex}` })!;
  it('round-trips, uses a fresh IV each time, and detects any change to the sealed value', () => {
    const a = seal(phone, keyring);
    const b = seal(phone, keyring);
    expect(a).toMatch(/^v1:test:[\w-]+:[\w-]+:[\w-]+$/);
    expect(a).not.toBe(b);
    expect(open(a, keyring)).toBe(phone);
    const parts = a.split(':');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0]! ^= 1;
    parts[3] = ct.toString('base64url');
    expect(() => open(parts.join(':'), keyring)).toThrow(DataKeyError);
    expect(() => open(phone, keyring)).toThrow(/not sealed/);
    const other = keyringFromSource({ keys: `test:${newKeyHex}` })!;
    expect(() => open(a, other)).toThrow(/integrity/);
  });
  it('refuses malformed keys with a clear message', () => {
    expect(() => keyringFromSource({ key: 'abc' })).toThrow(/128 bits/);
    expect(() => keyringFromSource({ keys: 'nokey' })).toThrow(/id:key/);
  });
});

describe.each(dbKinds())('personal data at rest on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let userId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: `sealed${kind}`, displayName: '张三', roles: ['leader'], phone, email },
    });
    expect(created.statusCode, created.body).toBe(201);
    userId = created.json().user?.id ?? created.json().id;
  });
  afterAll(async () => t.close());

  const rawRow = async (db: Database = t.db) =>
    (
      await queryRows<{ phone: string; email: string }>(
        db.orm,
        sql`SELECT phone, email FROM users WHERE id = ${userId}`,
      )
    )[0]!;

  it('the raw row holds no plaintext; the API answers the plaintext; the audit log does not hold it either', async () => {
    const row = await rawRow();
    expect(row.phone).toMatch(/^v1:test:/);
    expect(row.email).toMatch(/^v1:test:/);
    expect(JSON.stringify(row)).not.toContain('1381234');
    expect(JSON.stringify(row)).not.toContain('zhang.san');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users?q=sealed${kind}`,
      headers: { cookie: admin },
    });
    expect(res.json().items[0]).toMatchObject({ phone, email });
    const audit = await queryRows<{ diff: unknown }>(
      t.db.orm,
      sql`SELECT diff FROM audit_events WHERE entity_id = ${userId}`,
    );
    expect(JSON.stringify(audit)).not.toContain(phone);
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it('a tampered ciphertext is detected (checked at start, refused when read)', async () => {
    const row = await rawRow();
    const parts = row.phone.split(':');
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith('AA') ? 'AB' : 'AA');
    await t.db.rawQuery('UPDATE users SET phone = $1 WHERE id = $2', [parts.join(':'), userId]);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users?q=sealed${kind}`,
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/v1:test|integrity|DataKeyError/);
    await t.db.rawQuery('UPDATE users SET phone = $1 WHERE id = $2', [row.phone, userId]);
  });

  it('plaintext left from before the migration is sealed at start', async () => {
    const other = await buildUser(t, { roles: ['leader'] });
    await t.db.rawQuery('UPDATE users SET phone = $1, email = $2 WHERE id = $3', [
      '13900000000',
      'old@example.com',
      other.id,
    ]);
    expect((await keyStatus(t.db)).plaintext).toBe(2);
    const logs: string[] = [];
    await prepareDataProtection(t.db, t.deps.config, (m) => logs.push(m));
    expect(logs.join()).toMatch(/sealed 2 plaintext/);
    expect((await keyStatus(t.db)).plaintext).toBeUndefined();
    const [r] = await queryRows<{ phone: string }>(
      t.db.orm,
      sql`SELECT phone FROM users WHERE id = ${other.id}`,
    );
    expect(open(r!.phone)).toBe('13900000000');
  });

  it('rotation is resumable: an interrupted run and a second run leave every value on the new key', async () => {
    const rotated = keyringFromSource({ keys: `k2:${newKeyHex},test:${testDataKeyHex}` })!;
    let batches = 0;
    await expect(
      resealColumns(t.db, rotated, {
        rotate: true,
        batchSize: 1,
        onBatch: () => {
          if (++batches === 1) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const mid = await keyStatus(t.db);
    expect(mid.k2).toBe(1);
    expect(mid.test).toBeGreaterThan(0);
    await resealColumns(t.db, rotated, { rotate: true, batchSize: 1 });
    const after = await keyStatus(t.db);
    expect(Object.keys(after)).toEqual(['k2']);
    // Back to the test key for the rest of the suite.
    await resealColumns(t.db, keyringFromSource({ keys: `test:${testDataKeyHex},k2:${newKeyHex}` })!, {
      rotate: true,
    });
    expect(Object.keys(await keyStatus(t.db))).toEqual(['test']);
  });

  it('`luoshi keys rotate` through the CLI; a wrong or missing key is a clear startup error', async () => {
    if (kind === 'pglite') await t.db.close();
    const wrongSameId = runCli(['keys', 'status'], t.testDb.location, {
      LUOSHI_DATA_KEYS: `test:${newKeyHex}`,
    });
    expect(wrongSameId.status).toBe(1);
    expect(wrongSameId.stderr).toMatch(/wrong key/);
    const rotate = runCli(['keys', 'rotate'], t.testDb.location, {
      LUOSHI_DATA_KEYS: `k2:${newKeyHex},test:${testDataKeyHex}`,
    });
    expect(rotate.status, rotate.stderr).toBe(0);
    expect(rotate.stdout).toMatch(/values now on data key k2/);
    // Still readable with the new key alone.
    const db = await openDatabase({ ...t.testDb.location });
    try {
      const keyring = keyringFromSource({ keys: `k2:${newKeyHex}` })!;
      expect(Object.keys(await keyStatus(db))).toEqual(['k2']);
      await checkDataKeys(db, keyring);
      installKeyring(keyring);
      expect(open((await rawRow(db)).phone)).toBe(phone);
      await expect(checkDataKeys(db, keyringFromSource({ keys: `test:${testDataKeyHex}` })!)).rejects.toThrow(
        /not configured/,
      );
    } finally {
      installKeyring(keyringFromSource(testConfig().dataKeys)!);
      await db.close();
    }
  }, 300_000);
});

/**
 * 督查通报 第X期: numbered per district and per year of generation, the first of a year 第1期; a period keeps
 * its number when regenerated; concurrent generations never take the same number; the 版头 of the Word
 * file shows the number.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../src/server/db/tx';
import { bulletinIssues } from '../src/server/db/schema';
import { buildTenant, buildUser, dbErrorOf, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

interface Generated {
  id: string;
  period: string;
  version: number;
  issueNumber: number;
  issueYear: number;
  data: { issueNumber: number };
}

describe.each(dbKinds())('bulletin issue numbers on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  // Sessions and passwords expire when the clock jumps months: set the clock, then sign in afresh.
  const signIn = async (tenantId?: string) =>
    loginAs(
      t,
      await buildUser(t, {
        roles: ['supervisor'],
        passwordChangedAt: t.clock.now(),
        ...(tenantId ? { tenantId } : {}),
      }),
    );
  const at = async (instant: string) => {
    t.clock.set(instant);
    supervisor = await signIn();
  };
  const generate = async (period: string, cookie = supervisor): Promise<Generated> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bulletins',
      headers: { cookie },
      payload: { period },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t.close());

  it('counts per year of generation, keeps a period its number when regenerated, starts again at 1 in a new year', async () => {
    await at('2024-10-08T02:00:00Z');
    const sep = await generate('2024-09');
    expect([sep.issueNumber, sep.issueYear, sep.data.issueNumber]).toEqual([1, 2024, 1]);
    // An earlier month generated later still takes the next number: the order is that of generation.
    const aug = await generate('2024-08');
    expect([aug.issueNumber, aug.issueYear]).toEqual([2, 2024]);
    const sepAgain = await generate('2024-09');
    expect([sepAgain.version, sepAgain.issueNumber]).toEqual([2, 1]);

    // The December bulletin, generated on 3 January (Beijing time), is the first of the new year.
    await at('2025-01-02T17:00:00Z');
    const dec = await generate('2024-12');
    expect([dec.issueNumber, dec.issueYear]).toEqual([1, 2025]);
    const jan = await generate('2025-01');
    expect([jan.issueNumber, jan.issueYear]).toEqual([2, 2025]);
    // Regenerating a 2024 issue in 2025 keeps its 2024 number.
    const augAgain = await generate('2024-08');
    expect([augAgain.version, augAgain.issueNumber, augAgain.issueYear]).toEqual([2, 2, 2024]);

    const list = (
      await t.app.inject({ method: 'GET', url: '/api/v1/bulletins', headers: { cookie: supervisor } })
    ).json();
    expect(list.items.map((b: Generated) => [b.period, b.version, b.issueYear, b.issueNumber])).toEqual([
      ['2025-01', 1, 2025, 2],
      ['2024-12', 1, 2025, 1],
      ['2024-09', 2, 2024, 1],
      ['2024-09', 1, 2024, 1],
      ['2024-08', 2, 2024, 2],
      ['2024-08', 1, 2024, 2],
    ]);
  });

  it('puts 督查通报, 第X期, the office and the date in the Word file’s 版头', async () => {
    await at('2025-03-02T02:00:00Z');
    const feb = await generate('2025-02');
    expect(feb.issueNumber).toBe(3);
    const doc = await t.app.inject({
      method: 'GET',
      url: `/api/v1/bulletins/${feb.id}/document`,
      headers: { cookie: supervisor },
    });
    const lines = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.slice(0, 3)).toEqual(['督查通报', '第3期', '测试区委区政府督查室\t2025年3月2日']);
  });

  it('gives concurrent generations different numbers and versions, never the same', async () => {
    await at('2026-02-03T02:00:00Z');
    const results = await Promise.all([
      generate('2025-11'),
      generate('2025-12'),
      generate('2026-01'),
      generate('2026-01'),
    ]);
    expect(
      results
        .map((r) => r.issueNumber)
        .slice(0, 3)
        .sort(),
    ).toEqual([1, 2, 3]);
    // The two generations of January share its number as versions 1 and 2.
    expect(results[2]?.issueNumber).toBe(results[3]?.issueNumber);
    expect([results[2]?.version, results[3]?.version].sort()).toEqual([1, 2]);
  });

  it('counts each district on its own', async () => {
    const other = await buildTenant(t, '另一区');
    await at('2026-03-02T02:00:00Z');
    const otherSupervisor = await signIn(other);
    expect((await generate('2026-02', otherSupervisor)).issueNumber).toBe(1);
    expect((await generate('2026-02')).issueNumber).toBe(4);
  });

  it('refuses a second period with a number already given (the unique constraint behind the lock)', async () => {
    const issue = (period: string) => ({
      tenantId: t.tenantId,
      period,
      year: 2030,
      number: 1,
      createdAt: t.clock.now(),
    });
    await withSystemTx(t.db, (tx) => tx.insert(bulletinIssues).values(issue('2030-01')));
    const message = await dbErrorOf(
      withSystemTx(t.db, (tx) => tx.insert(bulletinIssues).values(issue('2030-02'))),
    );
    expect(message).toMatch(/duplicate key|unique/i);
  });
});

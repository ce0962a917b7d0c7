/**
 * `npx tsx bench/profile-assessment.ts [--db pglite|postgres]`: where the time of a district's assessment and
 * monthly bulletin goes, in process, on the generated district (bench/lib/data.ts) — each stage timed, median
 * of 3. Run with `node --cpu-prof --import tsx bench/profile-assessment.ts` for a CPU profile.
 */
import { like } from 'drizzle-orm';
import { assess } from '../src/domain/assessment/index';
import { withSystemTx, withTenantTx } from '../src/server/db/tx';
import { tenants } from '../src/server/db/schema';
import { effectiveScheme } from '../src/server/modules/assessment/effective-scheme';
import { loadAssessmentFacts } from '../src/server/modules/assessment/load-facts';
import { withAchievements } from '../src/server/modules/assessment/present-results';
import { summarizeResults } from '../src/server/modules/assessment/summarize-results';
import { computeBulletinData } from '../src/server/modules/bulletins/compute-bulletin';
import { buildBulletinDocx } from '../src/server/documents/bulletin-docx';
import { benchData } from './lib/data';
import { dbArg, percentile } from './lib/results';

const data = await benchData(dbArg(), 'district');
const db = await data.open();
const [tenant] = await withSystemTx(db, (tx) =>
  tx.select({ id: tenants.id }).from(tenants).where(like(tenants.code, 'bench-%')).limit(1),
);
const tenantId = (tenant as { id: string }).id;
const times = new Map<string, number[]>();
const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
  const start = performance.now();
  const value = await fn();
  times.set(name, [...(times.get(name) ?? []), performance.now() - start]);
  return value;
};
try {
  for (let i = 0; i < 3; i++) {
    await withTenantTx(db, { tenantId, userId: null }, async (tx) => {
      const { scheme } = await time('assessment: scheme', () => effectiveScheme(tx, 2024));
      const facts = await time('assessment: load facts', () =>
        loadAssessmentFacts(tx, tenantId, 2024, '2024-12-31'),
      );
      const result = await time('assessment: assess (engine)', () => assess(scheme, facts, '2024-12-31'));
      const shown = await time('assessment: achievements', () => withAchievements(tx, result));
      const whole = await time('assessment: JSON of the whole result', () => JSON.stringify(shown));
      const summary = await time('assessment: summarize + JSON', () =>
        JSON.stringify(summarizeResults({ ...shown, finalized: null })),
      );
      times.set('bytes: whole', [whole.length]);
      times.set('bytes: summary', [summary.length]);
      const bulletin = await time('bulletin: compute data', () =>
        computeBulletinData(tx, tenantId, '2024-07', { issuedDate: '2024-08-05' }),
      );
      await time('bulletin: Word document', () => buildBulletinDocx({ ...bulletin, issueNumber: 1 }));
    });
  }
  for (const [name, t] of times)
    process.stdout.write(`${name.padEnd(44)} ${percentile(t, 50).toFixed(0).padStart(9)}\n`);
} finally {
  await db.close();
  await data.drop();
}

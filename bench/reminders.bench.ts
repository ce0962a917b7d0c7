/**
 * The reminder pass (`runReminders`: for every district, each open task's light, its notices, report-due
 * reminders, escalations, acceptance, catch-up, joint reviews, case deadlines, blockers) as of a date, on a
 * scratch copy of the scale's data because it writes notifications. Ceiling, same run: computing every light of
 * the same districts, which the pass cannot do without. Goal (issue 20): a province in under 5 minutes.
 */
import { like } from 'drizzle-orm';
import { withSystemTx, withTenantTx } from '../src/server/db/tx';
import { tenants } from '../src/server/db/schema';
import { loadConfig } from '../src/server/config';
import type { AppDeps } from '../src/server/context';
import { installDataKeys } from '../src/server/crypto/data-protection';
import { computeTenantLights, lightSettingsOf } from '../src/server/modules/lights/compute-lights';
import { loadSettings } from '../src/server/modules/settings/settings.repository';
import { runReminders } from '../src/server/notify/reminders';
import { benchData, benchScale, type Scale } from './lib/data';
import { dbArg, report, writeResults } from './lib/results';

const kind = dbArg();
const scale = benchScale(kind);
const firstDay = '2024-07-30';
const asOf = '2024-07-31';
/** Goals: a province in 5 minutes (issue 20); a city and a district in proportion. */
const goalMs: Record<Scale, number> = { district: 2_000, city: 30_000, province: 300_000 };

const data = await benchData(kind, scale, { scratch: true });
const db = await data.open();
try {
  const config = loadConfig({ ...process.env, ...data.env, LUOSHI_DATA_DIR: '.tmp/bench-reminders-keys' });
  installDataKeys(config);
  const deps: AppDeps = { db, clock: { now: () => new Date(`${firstDay}T02:00:00Z`) }, config };
  const tenantIds = (
    await withSystemTx(db, (tx) =>
      tx.select({ id: tenants.id }).from(tenants).where(like(tenants.code, 'bench-%')),
    )
  ).map((t) => t.id);

  const start = performance.now();
  for (const tenantId of tenantIds)
    await withTenantTx(db, { tenantId, userId: null }, async (tx) =>
      computeTenantLights(tx, tenantId, asOf, lightSettingsOf(await loadSettings(tx, tenantId))),
    );
  const ceiling = performance.now() - start;

  // The first pass on this data remembers every task's light (a write per task); a daily pass the next day
  // writes only where something changed — the pass a district runs every day.
  const pass = async (day: string) => {
    const begun = performance.now();
    const counts = await runReminders(
      { ...deps, clock: { now: () => new Date(`${day}T02:00:00Z`) } },
      day,
      (i) => {
        if (i > 0 && i % 50_000 === 0)
          process.stdout.write(`  … ${i} tasks in ${Math.round((performance.now() - begun) / 1000)} s\n`);
      },
    );
    return { ms: performance.now() - begun, counts };
  };
  const first = await pass(firstDay);
  const daily = await pass(asOf);
  process.stdout.write(
    `${tenantIds.length} district(s) on ${data.dbVersion}: ${daily.counts.tasks} tasks; first pass ${first.counts.notifications} notices, next day ${daily.counts.notifications}\n`,
  );
  const figures = [first, daily].map((p, i) =>
    report({
      name: `reminder pass of the ${scale}, ${i === 0 ? `first (${firstDay}: every light new)` : `next day (${asOf})`}`,
      value: p.ms,
      unit: 'ms',
      ceiling: { name: 'every light of the same districts', value: ceiling },
      ratio: p.ms / ceiling,
      goal: `< ${goalMs[scale] / 1000} s`,
      met: p.ms < goalMs[scale],
      extra: { districts: tenantIds.length, counts: p.counts, perTaskMs: p.ms / Math.max(1, p.counts.tasks) },
    }),
  );
  writeResults('reminders', kind, figures, { scale, firstDay, asOf }, data.dbVersion);
} finally {
  await db.close();
  await data.drop();
}

/**
 * Recomputing every light of a city as of a date (no cache: computeTenantLights for each district), against
 * the ceiling of merely loading the same inputs (the three queries the computation makes), in the same run.
 * PostgreSQL: the city (15 districts) or, with --scale province, 150; PGlite: the generated district
 * (BENCH_LIGHTS_SCALE=city for a city). On PostgreSQL it also prints the database's size.
 */
import { eq, like, sql } from 'drizzle-orm';
import { lastClosedPeriod, defaultLightSettings } from '../src/domain/schedule';
import { queryRows } from '../src/server/db/client';
import { withSystemTx, withTenantTx } from '../src/server/db/tx';
import { reports, taskMilestones, tasks, tenants } from '../src/server/db/schema';
import { computeTenantLights, lightSettingsOf } from '../src/server/modules/lights/compute-lights';
import { loadSettings } from '../src/server/modules/settings/settings.repository';
import { benchData, benchScale, type Scale } from './lib/data';
import { dbArg, percentile, report, writeResults, type Figure } from './lib/results';

const kind = dbArg();
const scale = (process.env.BENCH_LIGHTS_SCALE as Scale | undefined) ?? benchScale(kind);
const asOf = '2024-07-31';
const runs = scale === 'province' ? 3 : 5;
/** Goals: a district's lights in a second, a city's in 10 s, a province's in 20 s (issue 20). */
const goalMs: Record<Scale, number> = { district: 1000, city: 10_000, province: 20_000 };

const data = await benchData(kind, scale);
const db = await data.open();
const figures: Figure[] = [];
try {
  const tenantIds = (
    await withSystemTx(db, (tx) =>
      tx.select({ id: tenants.id }).from(tenants).where(like(tenants.code, 'bench-%')),
    )
  ).map((t) => t.id);
  let lightCount = 0;
  const computeAll = async () => {
    lightCount = 0;
    for (const tenantId of tenantIds) {
      await withTenantTx(db, { tenantId, userId: null }, async (tx) => {
        const lights = await computeTenantLights(
          tx,
          tenantId,
          asOf,
          lightSettingsOf(await loadSettings(tx, tenantId)),
        );
        lightCount += lights.size;
      });
    }
  };
  const period = lastClosedPeriod(asOf, defaultLightSettings.reportPeriod).period;
  const loadAll = async () => {
    for (const tenantId of tenantIds) {
      await withTenantTx(db, { tenantId, userId: null }, async (tx) => {
        await loadSettings(tx, tenantId);
        await tx
          .select({
            id: tasks.id,
            status: tasks.status,
            startDate: tasks.startDate,
            dueDate: tasks.dueDate,
            progress: tasks.progress,
            acceptedAt: tasks.acceptedAt,
          })
          .from(tasks)
          .where(eq(tasks.tenantId, tenantId));
        await tx
          .select({
            taskId: taskMilestones.taskId,
            dueDate: taskMilestones.dueDate,
            completedAt: taskMilestones.completedAt,
          })
          .from(taskMilestones)
          .where(eq(taskMilestones.tenantId, tenantId));
        await tx
          .select({ taskId: reports.taskId, status: reports.status })
          .from(reports)
          .where(sql`${reports.tenantId} = ${tenantId} AND ${reports.period} = ${period}`);
      });
    }
  };
  await computeAll();
  const compute: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) {
    let s = performance.now();
    await loadAll();
    loads.push(performance.now() - s);
    s = performance.now();
    await computeAll();
    compute.push(performance.now() - s);
  }
  const c = percentile(compute, 50);
  const l = percentile(loads, 50);
  process.stdout.write(
    `${tenantIds.length} district(s), ${lightCount} lights as of ${asOf} on ${data.dbVersion}, median of ${runs}\n`,
  );
  figures.push(
    report({
      name: `every light of the ${scale}`,
      value: c,
      unit: 'ms',
      ceiling: { name: 'loading the inputs only', value: l },
      ratio: c / l,
      goal: `< ${goalMs[scale] / 1000} s`,
      met: c < goalMs[scale],
      extra: { districts: tenantIds.length, lights: lightCount, perDistrictMs: c / tenantIds.length },
    }),
  );
  if (kind === 'postgres') {
    // The size of everything the scale holds (tables, indexes, TOAST), for docs/scaling.md.
    const [size] = await withSystemTx(db, (tx) =>
      queryRows<{ bytes: string }>(tx, sql`SELECT pg_database_size(current_database())::text AS bytes`),
    );
    figures.push(
      report({ name: `database size (${scale})`, value: Number(size?.bytes ?? 0) / 2 ** 20, unit: 'MiB' }),
    );
  }
  writeResults('lights', kind, figures, { scale, asOf, runs }, data.dbVersion);
} finally {
  await db.close();
}

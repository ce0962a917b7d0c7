import { z } from 'zod';
import { shanghaiDate } from '../../clock';
import { requireActor, tenantTx, type AuthedContext } from '../../context';
import type { App } from '../../http';
import { loadSettings } from '../settings/settings.repository';
import { scopeFor } from '../tasks/list-tasks';
import { and, asc, desc, sql } from 'drizzle-orm';
import { tasks } from '../../db/schema';
import { taskFilters } from '../tasks/tasks.repository';
import { lightSettingsOf, tenantLights } from './compute-lights';
import { ZLightsResponse } from './lights.schemas';

/** Tasks the caller can see that are not green and not completed, with their reasons, as of a date. */
export async function listLights(ctx: AuthedContext, asOf: string | undefined) {
  const scope = scopeFor(ctx);
  const date = asOf ?? shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    // Only the columns shown: a district's 3,000 full task rows cost more than the lights themselves.
    const rows = (
      await tx
        .select({ id: tasks.id, code: tasks.code, title: tasks.title, leadUnitId: tasks.leadUnitId, status: tasks.status })
        .from(tasks)
        .where(and(...taskFilters({}, scope)))
        .orderBy(desc(sql`${tasks.code} IS NOT NULL`), asc(tasks.code), asc(tasks.position), asc(tasks.id))
    ).filter((t) => t.status !== 'draft' && t.status !== 'completed' && t.status !== 'cancelled');
    const lights = await tenantLights(tx, ctx.actor.tenantId, date, lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId)));
    const items = rows.flatMap((t) => {
      const l = lights.get(t.id);
      return l && l.light !== 'green' ? [{ taskId: t.id, code: t.code, title: t.title, leadUnitId: t.leadUnitId, light: l.light, reasons: l.reasons }] : [];
    });
    return { asOf: date, items };
  });
}

export function registerLightRoutes(app: App): void {
  app.get(
    '/api/v1/lights',
    {
      schema: {
        tags: ['lights'],
        summary: '红黄灯 Red and yellow tasks as of a date',
        querystring: z.object({ asOf: z.iso.date().optional() }),
        response: { 200: ZLightsResponse },
      },
    },
    async (request) => listLights(requireActor(request.ctx), request.query.asOf),
  );
}

import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { loadSettings } from '../settings/settings.repository';
import { scopeFor } from '../tasks/list-tasks';
import { taskFilters } from '../tasks/tasks.repository';
import { lightSettingsOf, tenantLights } from './compute-lights';
import { lightListRows } from './lights.repository';

/** Tasks the caller can see that are not green and not completed, with their reasons, as of a date. */
export async function listLights(ctx: AuthedContext, asOf: string | undefined) {
  const scope = scopeFor(ctx);
  const date = asOf ?? shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    // Only the columns shown: a district's 3,000 full task rows cost more than the lights themselves.
    const rows = (await lightListRows(tx, taskFilters({}, scope))).filter(
      (t) => t.status !== 'draft' && t.status !== 'completed' && t.status !== 'cancelled',
    );
    const lights = await tenantLights(
      tx,
      ctx.actor.tenantId,
      date,
      lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId)),
    );
    const items = rows.flatMap((t) => {
      const l = lights.get(t.id);
      return l && l.light !== 'green'
        ? [
            {
              taskId: t.id,
              code: t.code,
              title: t.title,
              leadUnitId: t.leadUnitId,
              light: l.light,
              reasons: l.reasons,
            },
          ]
        : [];
    });
    return { asOf: date, items };
  });
}

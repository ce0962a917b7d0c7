import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadCalendar } from './calendar.policy';
import { tenantCalendarDays } from './calendar.repository';
import type { TCalendar } from './calendar.schemas';
import { presentCalendar } from './present-calendar';

/** A year of the district's working-day calendar (this year by default). */
export async function readCalendar(ctx: AuthedContext, yearInput?: number): Promise<TCalendar> {
  assertCan(canReadCalendar(ctx.actor));
  const year = yearInput ?? Number(shanghaiDate(ctx.clock.now()).slice(0, 4));
  const own = await tenantTx(ctx, (tx) =>
    tenantCalendarDays(tx, ctx.actor.tenantId, { from: `${year}-01-01`, to: `${year}-12-31` }),
  );
  return presentCalendar(year, own);
}

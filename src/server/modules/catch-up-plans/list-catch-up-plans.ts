import { catchUpPlansVerdicts, toAbilities } from '../../../domain/abilities';
import { owedPlanDueBy } from '../../../domain/catch-up-plans';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadCatchUpPlans } from './catch-up-plans.policy';
import { plansOfTask } from './catch-up-plans.repository';
import type { TCatchUpPlanList } from './catch-up-plans.schemas';
import { presentPlans } from './present-catch-up-plan';
import { catchUpSettingsOf, taskForPlans } from './task-for-plans';

/** 赶超措施 of a task, newest first, with what the caller may do (whoever may see the task reads them). */
export async function listCatchUpPlans(ctx: AuthedContext, taskId: string): Promise<TCatchUpPlanList> {
  assertCan(canReadCatchUpPlans(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const { task, light, settings } = await taskForPlans(tx, ctx, taskId, today);
    const rows = await plansOfTask(tx, taskId);
    return {
      items: await presentPlans(tx, ctx.actor, rows, today),
      owedDueBy: owedPlanDueBy(rows),
      abilities: toAbilities(
        catchUpPlansVerdicts(
          ctx.actor,
          { leadUnitId: task.leadUnitId, light },
          rows,
          catchUpSettingsOf(settings),
        ),
      ),
    };
  });
}

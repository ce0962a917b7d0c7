/** The office assigns one extracted draft of the demo report as the plan says (play-demo-year.ts, step 1). */
import { periodEnd } from '../../domain/schedule';
import type { AuthedContext } from '../context';
import { updateTask } from '../modules/tasks/update-task';
import type { TTask } from '../modules/tasks/tasks.schemas';
import { demoCategories, type DemoTaskPlan } from './demo-plan';
import { addDays, unitOf } from './demo-days';
import { addMonths, type DemoActors } from './load-demo';

export async function assignDemoTask(
  actors: DemoActors,
  supervisor: AuthedContext,
  plan: DemoTaskPlan,
  draft: TTask,
  when: { pm: string; plenaryDate: string; today: string },
): Promise<TTask> {
  const unit = unitOf(plan.lead);
  return updateTask(supervisor, draft.id, {
    version: draft.version,
    leadUnitId: actors.unitIdOf(plan.lead),
    coUnitIds: (plan.co ?? []).map((c) => actors.unitIdOf(c)),
    leadLeaderId: actors.userIdOf(`demo-leader${plan.leader}`),
    responsiblePerson: unit.head,
    startDate: when.plenaryDate,
    dueDate: plan.dueDaysBeforeToday
      ? addDays(when.today, -plan.dueDaysBeforeToday)
      : periodEnd(addMonths(when.pm, plan.dueAfterMonths)),
    isKey: plan.isKey ?? false,
    category: demoCategories[plan.key] ?? null,
    ...(plan.milestones
      ? {
          milestones: plan.milestones.map((m) => ({
            title: m.title,
            dueDate: periodEnd(addMonths(when.pm, m.afterMonths)),
          })),
        }
      : {}),
  });
}

import { catchUpPlanAbilities, type AbilityActor } from '../../../domain/abilities';
import { owedPlanStatuses } from '../../../domain/catch-up-plans';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { namesFor, type CatchUpPlanRow } from './catch-up-plans.repository';
import type { TCatchUpPlan } from './catch-up-plans.schemas';

/** Rows → API shape, with names and the caller's abilities on each plan. */
export async function presentPlans(
  tx: Executor,
  actor: AbilityActor,
  rows: CatchUpPlanRow[],
  today: string,
): Promise<TCatchUpPlan[]> {
  const people = rows.flatMap((r) => [r.submittedBy, r.reviewedBy]).filter((x): x is string => x !== null);
  const names = await namesFor(tx, [...new Set(rows.map((r) => r.unitId))], [...new Set(people)]);
  return rows.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    unitId: r.unitId,
    unitName: names.units.get(r.unitId) ?? null,
    status: r.status,
    requiredSince: r.requiredSince,
    dueDate: r.dueDate,
    overdue: owedPlanStatuses.includes(r.status) && today > r.dueDate,
    cause: r.cause,
    measures: r.measures,
    milestones: r.milestones,
    submittedAt: iso(r.submittedAt),
    submittedByName: r.submittedBy ? (names.users.get(r.submittedBy) ?? null) : null,
    reviewedAt: iso(r.reviewedAt),
    reviewedByName: r.reviewedBy ? (names.users.get(r.reviewedBy) ?? null) : null,
    reviewComment: r.reviewComment,
    version: r.version,
    abilities: catchUpPlanAbilities(actor, r),
  }));
}

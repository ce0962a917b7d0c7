/** Checks shared by the project use cases: the project as the caller may see it, and a valid register entry. */
import { stageChangeProblem, type FieldProblem } from '../../../domain/projects';
import type { Settings } from '../../../domain/settings';
import type { ProjectStage } from '../../../domain/vocabulary';
import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../errors';
import { assertRefsInTenant, type Reference } from '../../references';
import { loadSettings } from '../settings/settings.repository';
import { loadProjectBundles, type ProjectBundle } from './project-bundles';
import { canReadProjects, canSeeProject } from './projects.policy';
import { assertCan } from '../../policy/assert';
import { activeLeaderIds, codeTaken, findProject, type ProjectRow } from './projects.repository';
import type { TProjectChanges } from './projects.schemas';
import { factsOf } from './project-bundles';

/** Today in the office's time zone. */
export function todayOf(ctx: AuthedContext): string {
  return shanghaiDate(ctx.clock.now());
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An inner id (node, report, photo) that is not even a uuid names nothing: 404. */
export function assertIdShape(id: string): void {
  if (!uuidShape.test(id)) throw notFound();
}

/** 422 VALIDATION_FAILED naming every problem, or nothing. */
export function assertNoProblems(problems: ReadonlyArray<FieldProblem | null>): void {
  const fields = problems.filter((p): p is FieldProblem => p !== null);
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
}

/**
 * The project with everything its page needs, if the caller may see it; a project of another district or one
 * the caller's unit has no role in is answered 404 alike.
 */
export async function loadVisibleProject(
  tx: Executor,
  ctx: AuthedContext,
  id: string,
  asOf = todayOf(ctx),
): Promise<{ bundle: ProjectBundle; settings: Settings }> {
  assertCan(canReadProjects(ctx.actor));
  const row = await findProject(tx, id);
  if (!row) throw notFound();
  const settings = await loadSettings(tx, ctx.actor.tenantId);
  const [bundle] = await loadProjectBundles(tx, [row], asOf, settings);
  if (!bundle || !canSeeProject(ctx.actor, factsOf(bundle))) throw notFound();
  return { bundle, settings };
}

/** The register entry after a create or an edit, checked as a whole (type, stage, dates, links). */
export async function assertProjectChanges(
  tx: Executor,
  ctx: AuthedContext,
  settings: Settings,
  input: TProjectChanges,
  before: ProjectRow | null,
): Promise<void> {
  const problems: Array<FieldProblem | null> = [];
  if (input.type !== undefined && !settings['projects.types'].includes(input.type))
    problems.push({ path: 'type', message: `项目类型应为：${settings['projects.types'].join('、')}` });
  const fromStage: ProjectStage = before?.stage ?? 'planning';
  const stage = input.stage ?? fromStage;
  const reason = input.stageReason === undefined ? (before?.stageReason ?? null) : input.stageReason;
  problems.push(stageChangeProblem(fromStage, stage, reason));
  if (!before && input.stage && input.stage !== 'planning')
    problems.push(stageChangeProblem('planning', input.stage, reason));
  const start = input.plannedStart === undefined ? (before?.plannedStart ?? null) : input.plannedStart;
  const end = input.plannedEnd === undefined ? (before?.plannedEnd ?? null) : input.plannedEnd;
  if (start && end && end < start)
    problems.push({ path: 'plannedEnd', message: '计划竣工日期不能早于开工日期' });
  if (input.units && input.units.filter((u) => u.role === 'street').length > 1)
    problems.push({ path: 'units', message: '主体推进单位（办事处）只能有一个' });
  const months = new Set<number>();
  input.monthlyPlan?.forEach((m, i) => {
    if (months.has(m.month)) problems.push({ path: `monthlyPlan.${i}.month`, message: '月份重复' });
    months.add(m.month);
  });
  assertNoProblems(problems);

  const refs: Reference[] = [
    ...(input.units ?? []).map((u, i) => ({
      path: `units.${i}.unitId`,
      table: 'units' as const,
      id: u.unitId,
    })),
    ...(input.leaderIds ?? []).map((id, i) => ({ path: `leaderIds.${i}`, table: 'users' as const, id })),
    ...(input.taskIds ?? []).map((id, i) => ({ path: `taskIds.${i}`, table: 'tasks' as const, id })),
    { path: 'contactUserId', table: 'users', id: input.contactUserId },
  ];
  await assertRefsInTenant(tx, ctx.actor.tenantId, refs);
  if (input.leaderIds?.length) {
    const leaders = await activeLeaderIds(tx, input.leaderIds);
    assertNoProblems(
      input.leaderIds.map((id, i) =>
        leaders.has(id) ? null : { path: `leaderIds.${i}`, message: '分包领导应为区领导账号' },
      ),
    );
  }
  if (input.code !== undefined && (await codeTaken(tx, input.code, before?.id)))
    throw new AppError('DUPLICATE', { details: { fields: [{ path: 'code', message: '项目编号已存在' }] } });
}

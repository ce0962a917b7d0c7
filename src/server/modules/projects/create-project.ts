import { uuidv7 } from 'uuidv7';
import { projectCode } from '../../../domain/projects';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { loadProjectBundles } from './project-bundles';
import { assertProjectChanges, todayOf } from './project-rules';
import { presentProject, projectAuditFields } from './present-project';
import { canManageProjects } from './projects.policy';
import { insertProject, nextProjectNumber, writeProjectLinks } from './projects.repository';
import type { TCreateProjectBody, TProject } from './projects.schemas';

/** Registers a project (项目入库): the office. Without a code the server numbers it 2026-XM-001 … */
export async function createProject(ctx: AuthedContext, input: TCreateProjectBody): Promise<TProject> {
  assertCan(canManageProjects(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    await assertProjectChanges(tx, ctx, settings, input, null);
    const { leaderIds, units, taskIds, targets, monthlyPlan, code, ...fields } = input;
    const id = uuidv7();
    const row = await insertProject(tx, {
      ...fields,
      id,
      tenantId: ctx.actor.tenantId,
      code: code ?? projectCode(input.year, await nextProjectNumber(tx, ctx.actor.tenantId, input.year)),
      createdAt: now,
      createdBy: ctx.actor.userId,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await writeProjectLinks(tx, row, { leaderIds, units, taskIds, targets, monthlyPlan }, uuidv7);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.created',
      entityType: 'project',
      entityId: id,
      after: { ...projectAuditFields(row), leaderIds, units, taskIds, targets, monthlyPlan },
    });
    const [bundle] = await loadProjectBundles(tx, [row], todayOf(ctx), settings);
    if (!bundle) throw new Error('created project not found');
    return presentProject(ctx.actor, bundle);
  });
}

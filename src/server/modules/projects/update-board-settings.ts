import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { upsertSetting } from '../settings/settings.repository';
import { versionConflict } from '../../versioning';
import { readBoardSettings } from './get-board-settings';
import { findBoardRow, projectFlags, saveBoardRow, setPublicFlags } from './projects-board.repository';
import { canManageBoard } from './projects-board.policy';
import type { TBoardSettings, TBoardSettingsBody } from './projects-board.schemas';

/**
 * Saves the board settings as one versioned object: the public fields (the setting
 * `projects.board.publicFields`) and which projects are public (each project's `is_public`, its version
 * moved when it changes). An id that is not a project of the district is 422 naming `projectIds.N`; a
 * stale `version` is 409. Audited with what was and what is.
 */
export async function updateBoardSettings(
  ctx: AuthedContext,
  body: TBoardSettingsBody,
): Promise<TBoardSettings> {
  assertCan(canManageBoard(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const before = await readBoardSettings(tx, ctx.actor.tenantId);
    const known = new Set((await projectFlags(tx, body.projectIds)).map((p) => p.id));
    const unknown = body.projectIds
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !known.has(id))
      .map(({ i }) => ({ path: `projectIds.${i}`, message: '不是本区的项目' }));
    if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields: unknown } });
    const row = await findBoardRow(tx);
    const current = row?.version ?? 0;
    if (body.version !== undefined && body.version !== current)
      throw row
        ? await versionConflict(tx, row)
        : new AppError('VERSION_CONFLICT', {
            details: { currentVersion: 0, updatedBy: null, updatedAt: null },
          });
    if (
      !(await saveBoardRow(tx, {
        tenantId: ctx.actor.tenantId,
        version: row ? current : null,
        now,
        userId: ctx.actor.userId,
      }))
    )
      throw new AppError('VERSION_CONFLICT', { details: { currentVersion: current + 1 } });
    const chosen = new Set(body.projectIds);
    const fields = [...new Set(body.publicFields)];
    await upsertSetting(tx, {
      tenantId: ctx.actor.tenantId,
      key: 'projects.board.publicFields',
      value: fields,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await setPublicFlags(tx, {
      publicIds: before.projects.filter((p) => !p.isPublic && chosen.has(p.id)).map((p) => p.id),
      privateIds: before.projects.filter((p) => p.isPublic && !chosen.has(p.id)).map((p) => p.id),
      now,
      userId: ctx.actor.userId,
    });
    const after = await readBoardSettings(tx, ctx.actor.tenantId);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'project.board_updated',
      entityType: 'project_board',
      entityId: ctx.actor.tenantId,
      before: { version: before.version, publicFields: before.publicFields, projectIds: before.projectIds },
      after: { version: after.version, publicFields: after.publicFields, projectIds: after.projectIds },
    });
    return after;
  });
}

import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError, fieldError, notFound } from '../../errors';
import { versionConflict } from '../../versioning';
import { presentUnit, unitAuditFields } from './present-unit';
import { assertCan } from '../../policy/assert';
import { canManageUnits } from './units.policy';
import { findUnit, findUnitByCode, updateUnitVersioned } from './units.repository';
import type { TUnit, TUpdateUnitBody } from './units.schemas';

/** A unit's parent may not be the unit itself or one of its descendants. */
async function assertNoCycle(tx: Executor, unitId: string, parentId: string): Promise<void> {
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === unitId)
      throw fieldError('VALIDATION_FAILED', 'parentId', '上级单位不能是本单位或其下级单位');
    const parent = await findUnit(tx, current);
    if (!parent) throw fieldError('VALIDATION_FAILED', 'parentId', '上级单位不存在');
    current = parent.parentId;
  }
}

export async function updateUnit(ctx: AuthedContext, id: string, input: TUpdateUnitBody): Promise<TUnit> {
  assertCan(canManageUnits(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const before = await findUnit(tx, id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw await versionConflict(tx, before);
    if (input.code && input.code !== before.code && (await findUnitByCode(tx, input.code))) {
      throw new AppError('DUPLICATE', {
        details: { field: 'code', fields: [{ path: 'code', message: '单位编码已存在' }] },
      });
    }
    if (input.parentId) await assertNoCycle(tx, id, input.parentId);
    const { version, ...changes } = input;
    const after = await updateUnitVersioned(tx, id, version, {
      ...changes,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw await versionConflict(tx, (await findUnit(tx, id)) ?? before);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'unit.updated',
      entityType: 'unit',
      entityId: id,
      before: unitAuditFields(before),
      after: unitAuditFields(after),
    });
    return presentUnit(after);
  });
}

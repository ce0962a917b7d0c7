import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { presentUnit, unitAuditFields } from './present-unit';
import { assertCan } from '../../policy/assert';
import { canManageUnits } from './units.policy';
import { findUnit, findUnitByCode, insertUnit } from './units.repository';
import type { TCreateUnitBody, TUnit } from './units.schemas';

export async function createUnit(ctx: AuthedContext, input: TCreateUnitBody): Promise<TUnit> {
  assertCan(canManageUnits(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    if (await findUnitByCode(tx, input.code)) {
      throw new AppError('DUPLICATE', {
        details: { field: 'code', fields: [{ path: 'code', message: '单位编码已存在' }] },
      });
    }
    if (input.parentId && !(await findUnit(tx, input.parentId)))
      throw fieldError('VALIDATION_FAILED', 'parentId', '上级单位不存在');
    const row = await insertUnit(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      name: input.name,
      code: input.code,
      kind: input.kind,
      parentId: input.parentId ?? null,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'unit.created',
      entityType: 'unit',
      entityId: row.id,
      after: unitAuditFields(row),
    });
    return presentUnit(row);
  });
}

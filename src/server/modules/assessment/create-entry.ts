import { uuidv7 } from 'uuidv7';
import { canManageAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { entryCreateVerdict } from '../../../domain/abilities';
import { assertAbility } from '../../policy/abilities';
import { activeUnitIds } from '../tasks/tasks.repository';
import type { TCreateEntryBody } from './assessment.schemas';
import { present } from './present-entry';
import { insertEntry } from './assessment.repository';

/**
 * Entries are made by the role that owns them: the office enters satisfaction, the organisation's, service
 * objects' and line management's evaluations and vetoes; a unit head enters the unit's self-evaluation; a
 * unit declares its honours (bonuses), which count only once the office has verified them.
 */
export async function createEntry(ctx: AuthedContext, input: TCreateEntryBody) {
  const manage = canManageAssessment(ctx.actor);
  assertAbility(
    {
      create: entryCreateVerdict(ctx.actor, {
        kind: input.kind,
        unitId: input.unitId,
        party: input.kind === 'evaluation' ? input.party : undefined,
      }),
    },
    'create',
  );
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    if (!(await activeUnitIds(tx, [input.unitId])).has(input.unitId))
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: 'unitId', message: '单位不存在或已停用' }] },
      });
    const { kind, year, unitId, evidence, ...data } = input;
    const row = await insertEntry(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      year,
      kind,
      unitId,
      data,
      evidence: evidence ?? null,
      isVerified: manage && kind !== 'bonus' ? true : false,
      enteredBy: ctx.actor.userId,
      createdAt: now,
    });
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.entry_created',
      entityType: 'assessment_entry',
      entityId: row.id,
      after: { kind, year, unitId, ...data },
    });
    return present(row, ctx.actor);
  });
}

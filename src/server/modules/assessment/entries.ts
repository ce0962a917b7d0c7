import { desc, eq } from 'drizzle-orm';
import { lockRow } from '../../db/row-lock';
import { uuidv7 } from 'uuidv7';
import { entryAbilities, entryCreateVerdict, type AbilityActor } from '../../../domain/abilities';
import { hasPermission } from '../../../domain/permissions';
import { assertAbility } from '../../policy/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assessmentEntries } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../units/units.policy';
import { activeUnitIds } from '../tasks/tasks.repository';
import type { TCreateEntryBody } from './assessment.schemas';

const present = (r: typeof assessmentEntries.$inferSelect, actor: AbilityActor) => ({
  abilities: entryAbilities(actor, r),
  id: r.id,
  year: r.year,
  kind: r.kind,
  unitId: r.unitId,
  data: r.data as Record<string, unknown>,
  evidence: r.evidence,
  isVerified: r.isVerified,
  createdAt: iso(r.createdAt),
  version: r.version,
});

/**
 * Entries are made by the role that owns them: the office enters satisfaction, the organisation's, service
 * objects' and line management's evaluations and vetoes; a unit head enters the unit's self-evaluation; a
 * unit declares its honours (bonuses), which count only once the office has verified them.
 */
export async function createEntry(ctx: AuthedContext, input: TCreateEntryBody) {
  const manage = hasPermission(ctx.actor.roles, 'assessment:manage');
  assertAbility({ create: entryCreateVerdict(ctx.actor, { kind: input.kind, unitId: input.unitId, party: input.kind === 'evaluation' ? input.party : undefined }) }, 'create');
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    if (!(await activeUnitIds(tx, [input.unitId])).has(input.unitId)) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'unitId', message: '单位不存在或已停用' }] } });
    const { kind, year, unitId, evidence, ...data } = input;
    const [row] = await tx
      .insert(assessmentEntries)
      .values({ id: uuidv7(), tenantId: ctx.actor.tenantId, year, kind, unitId, data, evidence: evidence ?? null, isVerified: manage && kind !== 'bonus' ? true : false, enteredBy: ctx.actor.userId, createdAt: now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, { ...auditBase(ctx), action: 'assessment.entry_created', entityType: 'assessment_entry', entityId: row.id, after: { kind, year, unitId, ...data } });
    return present(row, ctx.actor);
  });
}

/** The office verifies a declared bonus (or any entry) so that it counts. */
export async function verifyEntry(ctx: AuthedContext, id: string) {
  assertCan(hasPermission(ctx.actor.roles, 'assessment:manage'));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, assessmentEntries, id);
    const [row] = await tx.select().from(assessmentEntries).where(eq(assessmentEntries.id, id));
    if (!row) throw notFound();
    if (row.isVerified) throw new AppError('INVALID_TRANSITION', { message: '已核实' });
    const [after] = await tx.update(assessmentEntries).set({ isVerified: true, verifiedBy: ctx.actor.userId, verifiedAt: now, version: row.version + 1 }).where(eq(assessmentEntries.id, id)).returning();
    await recordAudit(tx, { ...auditBase(ctx), action: 'assessment.entry_verified', entityType: 'assessment_entry', entityId: id, after: { isVerified: true } });
    return present(after ?? row, ctx.actor);
  });
}

export async function listEntries(ctx: AuthedContext, year: number) {
  assertCan(hasPermission(ctx.actor.roles, 'assessment:read'));
  const all = hasPermission(ctx.actor.roles, 'assessment:read_all');
  return tenantTx(ctx, async (tx) =>
    (await tx.select().from(assessmentEntries).where(eq(assessmentEntries.year, year)).orderBy(desc(assessmentEntries.createdAt)))
      .filter((r) => all || r.unitId === ctx.actor.unitId)
      .map((r) => present(r, ctx.actor)),
  );
}

import { publicationVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { findPublication, updatePublicationVersioned } from './appeals.repository';
import { canManageAppeals } from './appeals.policy';
import type { TPublication, TPublicationUpdateBody } from './appeals.schemas';
import { presentPublication } from './present-publication';

/** The office shows a year's published results on the public pages, or takes them off; the window stays. */
export async function updatePublication(
  ctx: AuthedContext,
  year: number,
  body: TPublicationUpdateBody,
): Promise<TPublication> {
  assertCan(canManageAppeals(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await findPublication(tx, year);
    if (!row) throw notFound();
    assertAbility(
      publicationVerdicts(ctx.actor, {
        isFinalized: true,
        isPublished: true,
        isWindowOpen: false,
        unitId: null,
      }),
      'update',
    );
    if (body.version !== row.version) throw await versionConflict(tx, row);
    const updated = await updatePublicationVersioned(tx, row.id, row.version, {
      isPublic: body.isPublic,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!updated) throw await versionConflict(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'assessment.publication_updated',
      entityType: 'assessment_publication',
      entityId: row.id,
      before: { isPublic: row.isPublic },
      after: { isPublic: body.isPublic },
    });
    return presentPublication(tx, ctx, year);
  });
}

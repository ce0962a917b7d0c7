import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { presentDisclosure } from './get-decision-disclosure';
import { canManageDisclosure } from './public-disclosure.policy';
import {
  findDecisionTitle,
  findDisclosure,
  insertDisclosure,
  tasksOfDecision,
  updateDisclosureVersioned,
} from './public-disclosure.repository';
import type { TDecisionDisclosure, TDisclosureBody } from './public-disclosure.schemas';
import { lockRow } from '../../db/row-lock';
import { decisions } from '../../db/schema-ledger';
import { notFound } from '../../errors';

/**
 * Marks a decision's tasks public: all, the chosen ones (each must be a task of this decision), or none.
 * Versioned (a stale version answers 409) and audited with what was public before and after.
 */
export async function setDecisionDisclosure(
  ctx: AuthedContext,
  decisionId: string,
  body: TDisclosureBody,
): Promise<TDecisionDisclosure> {
  assertCan(canManageDisclosure(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    if (!(await findDecisionTitle(tx, decisionId))) throw notFound();
    // Two first markings at once would both insert: the decision's lock orders them.
    await lockRow(tx, decisions, decisionId);
    const own = new Set((await tasksOfDecision(tx, decisionId)).map((t) => t.id));
    const chosen = body.scope === 'chosen' ? [...new Set(body.taskIds)] : [];
    const stranger = chosen.findIndex((id) => !own.has(id));
    if (stranger >= 0)
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: `taskIds.${stranger}`, message: '不是该决策部署的任务' }] },
      });
    const current = await findDisclosure(tx, decisionId);
    if (!current) {
      if (body.version !== 0)
        throw new AppError('VERSION_CONFLICT', { details: { currentVersion: 0, updatedBy: null } });
      await insertDisclosure(tx, {
        decisionId,
        tenantId: ctx.actor.tenantId,
        scope: body.scope,
        taskIds: chosen,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
    } else {
      if (body.version !== current.version) throw await versionConflict(tx, current);
      const row = await updateDisclosureVersioned(tx, decisionId, current.version, {
        scope: body.scope,
        taskIds: chosen,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      if (!row) throw await versionConflict(tx, current);
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.disclosure_set',
      entityType: 'decision',
      entityId: decisionId,
      before: { scope: current?.scope ?? 'none', taskIds: current?.taskIds ?? [] },
      after: { scope: body.scope, taskIds: chosen },
    });
    return presentDisclosure(tx, ctx, decisionId);
  });
}

import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadDecisions } from './decisions.policy';
import { fileNames, findDecision, listDecisions as queryDecisions, taskCounts } from './decisions.repository';
import type { TDecision, TDecisionDetail, TListDecisionsQuery } from './decisions.schemas';
import { presentDecision } from './present-decision';

export async function getDecision(ctx: AuthedContext, id: string): Promise<TDecisionDetail> {
  assertCan(canReadDecisions(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findDecision(tx, id);
    if (!row) throw notFound();
    const counts = await taskCounts(tx, [id]);
    const names = await fileNames(tx, row.fileId ? [row.fileId] : []);
    return {
      ...presentDecision(ctx.actor, row, counts.get(id), row.fileId ? (names.get(row.fileId) ?? null) : null),
      text: row.text,
      outline: row.outline ?? null,
    };
  });
}

export async function listDecisions(
  ctx: AuthedContext,
  query: TListDecisionsQuery,
): Promise<{ items: TDecision[]; total: number }> {
  assertCan(canReadDecisions(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { rows, total } = await queryDecisions(tx, query);
    const counts = await taskCounts(
      tx,
      rows.map((r) => r.id),
    );
    const names = await fileNames(
      tx,
      rows.map((r) => r.fileId).filter((x): x is string => x !== null),
    );
    return {
      items: rows.map((r) =>
        presentDecision(ctx.actor, r, counts.get(r.id), r.fileId ? (names.get(r.fileId) ?? null) : null),
      ),
      total,
    };
  });
}

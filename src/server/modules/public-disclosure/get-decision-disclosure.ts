import { canTaskBePublic, isTaskPublic } from '../../../domain/public-feedback';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canMarkLivelihood } from '../livelihood/livelihood.policy';
import { canManageDisclosure } from './public-disclosure.policy';
import {
  findDecisionTitle,
  findDisclosure,
  tasksOfDecision,
  tenantCode,
} from './public-disclosure.repository';
import type { TDecisionDisclosure } from './public-disclosure.schemas';

/** The disclosure of a decision as the office sees it (inside a transaction of the actor's district). */
export async function presentDisclosure(
  tx: Executor,
  ctx: AuthedContext,
  decisionId: string,
): Promise<TDecisionDisclosure> {
  if (!(await findDecisionTitle(tx, decisionId))) throw notFound();
  const row = await findDisclosure(tx, decisionId);
  const scope = row?.scope ?? 'none';
  const chosen = row?.taskIds ?? [];
  const code = await tenantCode(tx, ctx.actor.tenantId);
  return {
    decisionId,
    scope,
    taskIds: chosen,
    version: row?.version ?? 0,
    publicPath: `/public/${encodeURIComponent(code)}/tasks`,
    livelihoodPath: `/public/${encodeURIComponent(code)}/livelihood`,
    tasks: (await tasksOfDecision(tx, decisionId)).map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      canBePublic: canTaskBePublic(t.status),
      isPublic: canTaskBePublic(t.status) && isTaskPublic(scope, chosen, t.id),
      isLivelihood: t.isLivelihood,
    })),
    abilities: { update: canManageDisclosure(ctx.actor), markLivelihood: canMarkLivelihood(ctx.actor) },
  };
}

/** 公开设置: which of a decision's tasks the public pages show (the office only). */
export async function getDecisionDisclosure(
  ctx: AuthedContext,
  decisionId: string,
): Promise<TDecisionDisclosure> {
  assertCan(canManageDisclosure(ctx.actor));
  return tenantTx(ctx, (tx) => presentDisclosure(tx, ctx, decisionId));
}

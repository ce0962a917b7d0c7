import { boardFields } from '../../../domain/project-board';
import { iso } from '../../http';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assertCan } from '../../policy/assert';
import { publicFieldsOf } from './build-board';
import { findBoardRow, findTenantSlug, projectFlags } from './projects-board.repository';
import { canManageBoard } from './projects-board.policy';
import type { TBoardSettings } from './projects-board.schemas';

/** The board settings as stored: version, public fields, the projects and which are public. */
export async function readBoardSettings(tx: Executor, tenantId: string): Promise<TBoardSettings> {
  // One after another on the transaction's one connection (pg 9 refuses a query sent while another runs).
  const row = await findBoardRow(tx);
  const fields = await publicFieldsOf(tx, tenantId);
  const flags = await projectFlags(tx);
  const slug = await findTenantSlug(tx, tenantId);
  flags.sort((a, b) => a.code.localeCompare(b.code));
  return {
    version: row?.version ?? 0,
    publicFields: fields,
    availableFields: [...boardFields],
    projectIds: flags.filter((p) => p.isPublic).map((p) => p.id),
    projects: flags,
    publicPath: `/public/${encodeURIComponent(slug)}/projects`,
    updatedAt: iso(row?.updatedAt ?? null),
  };
}

/** Which projects are public and which of their fields (office only). */
export async function getBoardSettings(ctx: AuthedContext): Promise<TBoardSettings> {
  assertCan(canManageBoard(ctx.actor));
  return tenantTx(ctx, (tx) => readBoardSettings(tx, ctx.actor.tenantId));
}

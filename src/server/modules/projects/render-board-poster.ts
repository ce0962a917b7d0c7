import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { renderBoardPng, wrapPngInPdf } from './board-poster';
import { buildPublicBoard } from './build-board';
import { findTenantName } from './projects-board.repository';
import { canManageBoard } from './projects-board.policy';
import type { TBoardPosterQuery } from './projects-board.schemas';

/**
 * The poster of the public board (甘特图公示) as PNG or one-page PDF: the projects marked public with their
 * public fields only, exactly what the public page shows, A3 or A2 landscape.
 */
export async function renderBoardPoster(
  ctx: AuthedContext,
  query: TBoardPosterQuery,
  format: 'png' | 'pdf',
): Promise<{ bytes: Buffer; fileName: string }> {
  assertCan(canManageBoard(ctx.actor));
  const asOf = query.asOf ?? shanghaiDate(ctx.clock.now());
  const { board } = await tenantTx(ctx, async (tx) =>
    buildPublicBoard(
      tx,
      { id: ctx.actor.tenantId, name: await findTenantName(tx, ctx.actor.tenantId) },
      asOf,
    ),
  );
  const png = await renderBoardPng(board, query.size);
  const bytes = format === 'png' ? png : await wrapPngInPdf(png, board, query.size);
  return { bytes, fileName: `${board.title}-${asOf}-${query.size}.${format}` };
}

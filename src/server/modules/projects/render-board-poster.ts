import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { posterPages, renderBoardPng, wrapPngsInPdf } from './board-poster';
import { fieldError } from '../../errors';
import { buildPublicBoard } from './build-board';
import { findTenantName } from './projects-board.repository';
import { canManageBoard } from './projects-board.policy';
import type { TBoardPosterQuery } from './projects-board.schemas';

/**
 * The poster of the public board (甘特图公示) as PNG or one-page PDF: the projects marked public with their
 * public fields only, exactly what the public page shows, A3 or A2 landscape. A board longer than a sheet holds
 * legibly is printed on several: the PDF has them all, the PNG is the sheet `page` (the answer's
 * `x-poster-pages` says how many).
 */
export async function renderBoardPoster(
  ctx: AuthedContext,
  query: TBoardPosterQuery,
  format: 'png' | 'pdf',
): Promise<{ bytes: Buffer; fileName: string; pages: number }> {
  assertCan(canManageBoard(ctx.actor));
  const asOf = query.asOf ?? shanghaiDate(ctx.clock.now());
  const { board } = await tenantTx(ctx, async (tx) =>
    buildPublicBoard(
      tx,
      { id: ctx.actor.tenantId, name: await findTenantName(tx, ctx.actor.tenantId) },
      asOf,
    ),
  );
  const pages = posterPages(board, query.size);
  const fileName = `${board.title}-${asOf}-${query.size}.${format}`;
  if (format === 'pdf') {
    // One sheet at a time: a district's 200 projects are about ten A3 sheets, each a few MB of pixels.
    const pngs: Buffer[] = [];
    for (const page of pages) pngs.push(await renderBoardPng(page, query.size));
    return { bytes: await wrapPngsInPdf(pngs, board, query.size), fileName, pages: pages.length };
  }
  const page = pages[(query.page ?? 1) - 1];
  if (!page) throw fieldError('VALIDATION_FAILED', 'page', `海报共 ${pages.length} 页`);
  return { bytes: await renderBoardPng(page, query.size), fileName, pages: pages.length };
}

import { publicationVerdicts, toAbilities } from '../../../domain/abilities';
import { isWindowOpen } from '../../../domain/assessment/appeals';
import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { latestResult } from '../assessment/assessment.repository';
import { findTenantSlug } from '../projects/projects-board.repository';
import { loadSettings } from '../settings/settings.repository';
import { findPublication } from './appeals.repository';
import type { TPublication } from './appeals.schemas';

/** A year's publication (公示) as the caller sees it, read inside the caller's transaction. */
export async function presentPublication(
  tx: Executor,
  ctx: AuthedContext,
  year: number,
): Promise<TPublication> {
  const today = shanghaiDate(ctx.clock.now());
  const row = await findPublication(tx, year);
  const latest = await latestResult(tx, year);
  const settings = await loadSettings(tx, ctx.actor.tenantId);
  const open = row ? isWindowOpen(row, today) : false;
  const slug = row?.isPublic ? await findTenantSlug(tx, ctx.actor.tenantId) : '';
  return {
    year,
    latestVersion: latest?.version ?? null,
    publication: row
      ? {
          firstVersion: row.resultVersion,
          publishedOn: row.publishedOn,
          windowEndsOn: row.windowEndsOn,
          isPublic: row.isPublic,
          isWindowOpen: open,
          isFinal: today > row.windowEndsOn,
          publicPath: row.isPublic ? `/public/${encodeURIComponent(slug)}/results` : null,
          version: row.version,
        }
      : null,
    windowDays: settings['assessment.appealWindowDays'],
    abilities: toAbilities(
      publicationVerdicts(ctx.actor, {
        isFinalized: latest !== undefined,
        isPublished: row !== undefined,
        isWindowOpen: open,
        unitId: ctx.actor.unitId,
      }),
    ),
  };
}

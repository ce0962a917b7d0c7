import { canSeeProject } from '../../../domain/abilities/project';
import {
  projectLightLabels,
  projectLightReasonLabels,
  type ProjectLedgerKey,
} from '../../../domain/project-ledger';
import { boardSourceLabels, boardStageLabels } from '../../../domain/project-board';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { writeProjectLedgerXlsx } from '../../documents/project-ledger-xlsx';
import { assertCan } from '../../policy/assert';
import { loadBoardFacts, type ProjectFacts } from './load-board-facts';
import { findTenantName } from './projects-board.repository';
import { canExportProjects } from './projects-board.policy';
import type { TProjectExportQuery } from './projects-board.schemas';

/** The list's filters, as GET /projects reads them. */
export function matchesProjectFilters(p: ProjectFacts, q: TProjectExportQuery): boolean {
  if (q.type && p.type !== q.type) return false;
  if (q.stage && p.stage !== q.stage) return false;
  if (q.year && p.year !== q.year) return false;
  if (q.light && p.light !== q.light) return false;
  if (q.streetUnitId && !p.units.some((u) => u.role === 'street' && u.unitId === q.streetUnitId))
    return false;
  if (q.leaderId && !p.leaderIds.includes(q.leaderId)) return false;
  if (q.q && !p.name.includes(q.q) && !p.code.includes(q.q)) return false;
  return true;
}

/** Visible projects matching the filters, as of today (lights and progress of the day). */
export async function visibleProjects(ctx: AuthedContext, q: TProjectExportQuery) {
  const asOf = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const all = await loadBoardFacts(tx, ctx.actor.tenantId, {}, asOf);
    const items = all.filter(
      (p) => canSeeProject(ctx.actor, { ...p, hasReports: false }) && matchesProjectFilters(p, q),
    );
    return { asOf, district: await findTenantName(tx, ctx.actor.tenantId), items };
  });
}

/**
 * The filtered project list as the ledger (项目台账): the same columns the import reads, plus the read-only
 * 本年完成, 年度进度, 红黄绿灯 and 预警原因 of today. A unit user gets the projects they may see, no others.
 */
export async function exportProjects(
  ctx: AuthedContext,
  query: TProjectExportQuery,
): Promise<{ bytes: Buffer; fileName: string }> {
  assertCan(canExportProjects(ctx.actor));
  const { asOf, district, items } = await visibleProjects(ctx, query);
  const names = (p: ProjectFacts, role: string) =>
    p.units
      .filter((u) => u.role === role)
      .map((u) => u.unitName)
      .join('、');
  const rows = items.map((p, i): Partial<Record<ProjectLedgerKey, string | number>> => ({
    seq: i + 1,
    code: p.code,
    name: p.name,
    type: p.type,
    source: boardSourceLabels[p.source] ?? p.source,
    stage: boardStageLabels[p.stage] ?? p.stage,
    year: p.year,
    address: p.address ?? '',
    ownerEnterprise: p.ownerEnterprise ?? '',
    street: names(p, 'street'),
    commandPost: names(p, 'command_post'),
    guides: names(p, 'guide'),
    leaders: p.leaders.join('、'),
    totalInvestment: p.totalInvestment,
    annualPlan: p.annualPlan,
    carryOver: p.carryOver,
    completedThisYear: p.completedThisYear,
    progressPct: p.progressPct,
    plannedStart: p.plannedStart ?? '',
    plannedEnd: p.plannedEnd ?? '',
    contactName: p.contactName ?? '',
    contactPhone: p.contactPhone ?? '',
    light: projectLightLabels[p.light],
    lightReasons: p.lightReasons.map((r) => projectLightReasonLabels[r] ?? r).join('；'),
  }));
  const title = `${district}重点项目台账（截至${asOf}）`;
  return {
    bytes: await writeProjectLedgerXlsx(rows, title),
    fileName: `${district}重点项目台账-${asOf}.xlsx`,
  };
}

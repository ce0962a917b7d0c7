import {
  projectLightLabels,
  projectLightReasonLabels,
  type ProjectLedgerKey,
} from '../../../domain/project-ledger';
import { boardSourceLabels, boardStageLabels } from '../../../domain/project-board';
import { shanghaiDate } from '../../clock';
import { readTx, type AuthedContext } from '../../context';
import { writeProjectLedgerXlsx } from '../../documents/project-ledger-xlsx';
import { assertCan } from '../../policy/assert';
import { listProjects } from './list-projects';
import { loadBoardFacts, type ProjectFacts } from './load-board-facts';
import { findTenantName } from './projects-board.repository';
import { canExportProjects } from './projects-board.policy';
import type { TProjectExportQuery } from './projects-board.schemas';

/**
 * The projects the caller may see that match the list's filters, in the list's order, with what the sheets
 * show of them: the list use case decides visibility and filters (one rule for the screen and the file).
 */
export async function visibleProjects(ctx: AuthedContext, q: TProjectExportQuery) {
  const asOf = shanghaiDate(ctx.clock.now());
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listProjects(ctx, { ...q, page, pageSize: 500 });
    ids.push(...items.map((p) => p.id));
    if (items.length === 0 || ids.length >= total) break;
  }
  return readTx(ctx, async (tx) => {
    const facts = new Map(
      (await loadBoardFacts(tx, ctx.actor.tenantId, { ids }, asOf)).map((p) => [p.id, p]),
    );
    const items = ids.flatMap((id) => facts.get(id) ?? []);
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

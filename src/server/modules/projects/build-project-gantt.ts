import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { loadProjectBundles, type ProjectBundle } from './project-bundles';
import { todayOf } from './project-rules';
import { presentProjectNode } from './present-project-node';
import { canReadProjects, projectScopeOf } from './projects.policy';
import { listProjectRows, nodesOfProjects } from './projects.repository';
import type { TGantt, TGanttQuery, TGanttRow } from './projects.schemas';

/** The key and label of a project without a street office or a contracting leader. */
const unassigned = { key: '-', label: '未明确' };

/**
 * The portfolio Gantt: every project the caller sees (filtered), a row each with its nodes, grouped by type,
 * street office or contracting leader (a project with several leaders shows under each), groups by label.
 */
export async function buildProjectGantt(ctx: AuthedContext, query: TGanttQuery): Promise<TGantt> {
  assertCan(canReadProjects(ctx.actor));
  const asOf = query.asOf ?? todayOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const rows = await listProjectRows(tx, projectScopeOf(ctx.actor), query);
    const bundles = await loadProjectBundles(tx, rows, asOf, settings);
    const nodes = await nodesOfProjects(
      tx,
      rows.map((r) => r.id),
    );
    const nodesOf = new Map<string, TGanttRow['nodes']>();
    for (const n of nodes)
      nodesOf.set(n.projectId, [...(nodesOf.get(n.projectId) ?? []), presentProjectNode(n, asOf)]);
    const groups = new Map<string, { key: string; label: string; rows: TGanttRow[] }>();
    const add = (key: string, label: string, row: TGanttRow) => {
      const group = groups.get(key) ?? { key, label, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    };
    for (const b of bundles) {
      const row = ganttRow(b, nodesOf.get(b.row.id) ?? []);
      for (const g of groupsOf(b, query.groupBy)) add(g.key, g.label, row);
    }
    const sorted = [...groups.values()].sort((a, b) =>
      a.key === '-' ? 1 : b.key === '-' ? -1 : a.label.localeCompare(b.label, 'zh-CN'),
    );
    return { asOf, groupBy: query.groupBy, groups: sorted };
  });
}

function ganttRow(b: ProjectBundle, nodes: TGanttRow['nodes']): TGanttRow {
  return {
    projectId: b.row.id,
    code: b.row.code,
    name: b.row.name,
    type: b.row.type,
    street: b.units.find((u) => u.role === 'street')?.unitName ?? null,
    leaders: b.leaders.map((l) => l.name),
    light: b.light.light,
    nodes,
  };
}

function groupsOf(b: ProjectBundle, groupBy: TGanttQuery['groupBy']): Array<{ key: string; label: string }> {
  switch (groupBy) {
    case 'type':
      return [{ key: b.row.type, label: b.row.type }];
    case 'street': {
      const street = b.units.find((u) => u.role === 'street');
      return [street ? { key: street.unitId, label: street.unitName } : unassigned];
    }
    case 'leader':
      return b.leaders.length ? b.leaders.map((l) => ({ key: l.userId, label: l.name })) : [unassigned];
    case 'none':
      return [{ key: 'all', label: '全部项目' }];
  }
}

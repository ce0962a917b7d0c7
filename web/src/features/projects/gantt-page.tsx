import { Button, Card, Empty, Flex, Grid, Segmented, Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { projectsApi, type Gantt, type GanttGroupBy } from '../../api/projects';
import { useRequest } from '../../api/use-request';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';
import { useUrlFilters } from '../common/use-url-filters';
import { useT } from '../../i18n/i18n';
import { GanttChart } from './gantt-chart';
import type { GanttLine } from './gantt-model';
import { GanttLegend, GanttTable, type NodeRow } from './gantt-table';
import { useReplan } from './use-replan';
import { ProjectFilterSelects } from './project-filter-selects';

const KEYS = ['groupBy', 'type', 'stage', 'streetUnitId', 'leaderId', 'view'] as const;
const GROUPS: readonly GanttGroupBy[] = ['type', 'street', 'leader', 'none'];

function linesOf(gantt: Gantt): GanttLine[] {
  const out: GanttLine[] = [];
  for (const g of gantt.groups) {
    if (gantt.groupBy !== 'none')
      out.push({ key: `group-${g.key}`, label: `【${g.label}】`, projectId: '', nodes: [], header: true });
    for (const r of g.rows)
      out.push({
        key: `${g.key}-${r.projectId}`,
        label: `${r.code} ${r.name}`,
        projectId: r.projectId,
        nodes: r.nodes,
      });
  }
  return out;
}

function nodeRowsOf(gantt: Gantt): NodeRow[] {
  const seen = new Set<string>();
  const out: NodeRow[] = [];
  for (const g of gantt.groups) {
    for (const r of g.rows) {
      // A project of two leaders is in two groups; its nodes are listed once.
      if (seen.has(r.projectId)) continue;
      seen.add(r.projectId);
      for (const node of r.nodes)
        out.push({ node, projectId: r.projectId, projectName: `${r.code} ${r.name}` });
    }
  }
  return out;
}

/**
 * 项目甘特图: every visible project's nodes on one time line, grouped by type, street or leader; the office
 * drags a plan bar to re-plan (asked first, audited, the baseline kept); a table view for phones and screen readers.
 */
export function GanttPage() {
  const t = useT();
  const me = useMe();
  const isMobile = Grid.useBreakpoint().md === false;
  const [filters, setFilters] = useUrlFilters(KEYS);
  const groupBy: GanttGroupBy = (GROUPS as readonly string[]).includes(filters.groupBy)
    ? (filters.groupBy as GanttGroupBy)
    : 'type';
  const view = filters.view === 'table' || (filters.view === '' && isMobile) ? 'table' : 'chart';
  const { view: _v, groupBy: _g, ...query } = filters;
  const gantt = useRequest(
    (signal) => projectsApi.gantt({ ...query, groupBy }, signal),
    [JSON.stringify(query), groupBy],
  );
  const { replan, confirmDrag } = useReplan(gantt.reload);
  const canReplan = me.abilities.manageProjects ? () => true : undefined;
  const lines = useMemo(() => (gantt.data ? linesOf(gantt.data) : []), [gantt.data]);
  const rows = useMemo(() => (gantt.data ? nodeRowsOf(gantt.data) : []), [gantt.data]);
  const half = isMobile ? { flex: '1 1 45%', minWidth: 0 } : undefined;

  return (
    <>
      <PageTitle
        title={t('project.ganttTitle')}
        extra={
          <Segmented
            value={view}
            onChange={(v) => setFilters({ view: v })}
            options={[
              { value: 'chart', label: t('project.viewChart') },
              { value: 'table', label: t('project.viewTable') },
            ]}
          />
        }
      />
      <Card styles={isMobile ? { body: { padding: 12 } } : undefined}>
        <Flex gap={isMobile ? 8 : 12} wrap style={{ marginBottom: 16 }} role="search">
          <Select<GanttGroupBy>
            value={groupBy}
            aria-label={t('project.groupBy')}
            style={half ?? { width: 150 }}
            options={GROUPS.map((g) => ({ value: g, label: t(`project.groupBy.${g}`) }))}
            onChange={(v) => setFilters({ groupBy: v === 'type' ? null : v })}
          />
          <ProjectFilterSelects filters={filters} onChange={setFilters} half={half} />
        </Flex>
        {gantt.error && !gantt.loading ? (
          <Empty description={t('common.loadFailed', { message: errorMessage(t, gantt.error) })}>
            <Button onClick={gantt.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : !gantt.data ? (
          <Spin />
        ) : rows.length === 0 ? (
          <Empty description={t('project.ganttEmpty')} />
        ) : view === 'chart' ? (
          <>
            <Typography.Text type="secondary">{t('project.asOf', { date: gantt.data.asOf })}</Typography.Text>
            <GanttChart
              lines={lines}
              today={gantt.data.asOf}
              ariaLabel={t('project.ganttAria', { count: rows.length })}
              labelWidth={isMobile ? 120 : 240}
              barLabels
              canReplan={canReplan}
              onReplan={confirmDrag}
            />
            <GanttLegend draggable={Boolean(canReplan)} />
          </>
        ) : (
          <GanttTable
            rows={rows}
            showProject
            canReplan={canReplan}
            onReplan={(n, s, e) => void replan(n, s, e)}
          />
        )}
      </Card>
    </>
  );
}

import { BarsOutlined, PlusOutlined, ProjectOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, Input, List, Pagination, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { projectsApi, type ProjectSummary } from '../../api/projects';
import { LIGHTS } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';
import { useUrlFilters } from '../common/use-url-filters';
import { lightLabel } from '../tasks/light-tag';
import { useT, type Translate } from '../../i18n/i18n';
import { PlanProgress, ProjectLight, StageTag } from './project-bits';
import { ExportButton, ImportButton } from './project-import';
import { ProjectFilterSelects } from './project-filter-selects';

const PAGE_SIZES = [20, 50, 100];
const FILTER_KEYS = ['type', 'stage', 'streetUnitId', 'leaderId', 'light', 'q', 'page', 'pageSize'] as const;

function columns(t: Translate): ColumnsType<ProjectSummary> {
  return [
    { key: 'code', title: t('project.code'), dataIndex: 'code', width: 124, className: 'luoshi-mono' },
    {
      key: 'name',
      title: t('project.name'),
      ellipsis: { showTitle: true },
      render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>,
    },
    { key: 'type', title: t('project.type'), dataIndex: 'type', width: 76, ellipsis: true },
    {
      key: 'stage',
      title: t('project.stage'),
      width: 96,
      render: (_, p) => <StageTag stage={p.stage} reason={p.stageReason} />,
    },
    {
      key: 'street',
      title: t('project.street'),
      width: 120,
      ellipsis: true,
      // Narrower screens keep the name, the plan and the light; the street and leaders are on the page.
      responsive: ['lg'],
      render: (_, p) => p.streetUnitName ?? '—',
    },
    {
      key: 'leaders',
      title: t('project.leaders'),
      width: 110,
      ellipsis: true,
      responsive: ['xl'],
      render: (_, p) => p.leaderNames.join('、') || '—',
    },
    {
      key: 'plan',
      title: t('project.annualProgress'),
      width: 210,
      render: (_, p) => <PlanProgress project={p} />,
    },
    {
      key: 'light',
      title: t('project.light'),
      width: 90,
      render: (_, p) => <ProjectLight light={p.light} reasons={p.lightReasons} />,
    },
  ];
}

/**
 * 项目库: the key projects the user may see, filtered in the URL (type, stage, street, leader, light, search),
 * with the annual plan against what is done and the light; cards on a phone.
 */
export function ProjectListPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const isMobile = Grid.useBreakpoint().md === false;
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const page = Math.max(1, Number(filters.page) || 1);
  const pageSize = PAGE_SIZES.includes(Number(filters.pageSize)) ? Number(filters.pageSize) : 20;
  const { page: _p, pageSize: _s, ...shown } = filters;
  const isFiltered = Object.values(shown).some((v) => v !== '');
  const list = useRequest(
    (signal) => projectsApi.list({ ...shown, page, pageSize }, signal),
    [JSON.stringify(shown), page, pageSize],
  );
  const cols = useMemo(() => columns(t), [t]);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const canCreate = me.abilities.manageProjects;
  const onPage = (p: number, size: number) =>
    setFilters({ page: p === 1 ? undefined : p, pageSize: size === 20 ? undefined : size });
  const half = isMobile ? { flex: '1 1 45%', minWidth: 0 } : undefined;

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        isFiltered ? t('project.emptyFiltered') : canCreate ? t('project.empty') : t('project.emptyUnit')
      }
    >
      {isFiltered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : null}
    </Empty>
  );

  return (
    <>
      <PageTitle
        title={t('project.listTitle')}
        extra={
          <>
            <Button icon={<ProjectOutlined />} onClick={() => navigate('/projects/gantt')}>
              {t('project.ganttTitle')}
            </Button>
            {canCreate ? <ExportButton filter={shown} year={new Date().getFullYear()} /> : null}
            {canCreate ? <ImportButton onImported={list.reload} /> : null}
            {canCreate ? (
              <Button icon={<BarsOutlined />} onClick={() => navigate('/projects/board')}>
                {t('project.boardTitle')}
              </Button>
            ) : null}
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
                {t('project.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card styles={isMobile ? { body: { padding: 12 } } : undefined}>
        <Flex gap={isMobile ? 8 : 12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            key={`q-${filters.q}`}
            defaultValue={filters.q}
            placeholder={t('project.searchPlaceholder')}
            aria-label={t('project.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => setFilters({ q: value.trim() })}
            style={isMobile ? { width: '100%' } : { width: 280 }}
          />
          <ProjectFilterSelects filters={filters} onChange={setFilters} half={half} />
          <Select<string | undefined>
            value={filters.light || undefined}
            placeholder={t('project.light')}
            aria-label={t('project.light')}
            allowClear
            style={half ?? { width: 110 }}
            options={LIGHTS.map((l) => ({ value: l, label: lightLabel(t, l) }))}
            onChange={(v) => setFilters({ light: v })}
          />
          {isFiltered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : null}
        </Flex>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : isMobile ? (
          <>
            <List<ProjectSummary>
              loading={list.loading}
              dataSource={items}
              locale={{ emptyText }}
              renderItem={(p) => <ProjectCard project={p} onOpen={() => navigate(`/projects/${p.id}`)} />}
            />
            {total > pageSize ? (
              <Pagination
                simple
                align="center"
                current={page}
                pageSize={pageSize}
                total={total}
                onChange={onPage}
              />
            ) : null}
          </>
        ) : (
          <Table<ProjectSummary>
            rowKey="id"
            size="middle"
            sticky={{ offsetHeader: 56 }}
            loading={list.loading}
            columns={cols}
            dataSource={items}
            tableLayout="fixed"
            rowClassName={() => 'luoshi-clickable-row'}
            onRow={(p) => ({
              onClick: (e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                void navigate(`/projects/${p.id}`);
              },
            })}
            pagination={{
              current: page,
              pageSize,
              total,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              showTotal: (n) => t('common.total', { total: n }),
              onChange: onPage,
            }}
            locale={{ emptyText }}
          />
        )}
      </Card>
    </>
  );
}

/** One project on a phone: code, stage, light, name, street, leaders, the year's plan and what is done. */
function ProjectCard({ project: p, onOpen }: { project: ProjectSummary; onOpen: () => void }) {
  return (
    <Card
      size="small"
      hoverable
      style={{ marginBottom: 8 }}
      onClick={onOpen}
      role="link"
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') onOpen();
      }}
    >
      <Flex justify="space-between" gap={8} align="center">
        <Typography.Text className="luoshi-mono" style={{ fontSize: 12, color: '#1f4e8c' }}>
          {p.code}
        </Typography.Text>
        <Flex gap={6} align="center">
          <StageTag stage={p.stage} />
          <ProjectLight light={p.light} reasons={p.lightReasons} />
        </Flex>
      </Flex>
      <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
        {p.name}
      </Typography.Paragraph>
      <div style={{ fontSize: 13, color: '#595959' }}>
        {p.type} · {p.streetUnitName ?? '—'} · {p.leaderNames.join('、') || '—'}
      </div>
      <PlanProgress project={p} compact />
    </Card>
  );
}

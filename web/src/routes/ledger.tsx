import { DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Pagination,
  Progress,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { saveBlob } from '../api/client';
import { decisionsApi, tasksApi } from '../api/endpoints';
import {
  LIGHTS,
  TASK_SOURCES,
  TASK_STATUSES,
  type Light,
  type Task,
  type TaskFilter,
  type TaskSource,
  type TaskStatus,
} from '../api/types';
import { useRequest } from '../api/use-request';
import { useAllUnits } from '../features/admin/use-all-units';
import { useMe } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { canSeeAllTasks } from '../features/decisions/permissions';
import {
  ColumnChooser,
  ledgerColumns,
  TargetsCell,
  useLedgerColumns,
} from '../features/ledger/ledger-columns';
import { TaskDetailDrawer } from '../features/ledger/task-detail-drawer';
import { sourceLabel, STATUS_COLORS, statusLabel } from '../features/tasks/labels';
import { useLeaders } from '../features/tasks/pickers';
import { LightTag, lightLabel } from '../features/tasks/light-tag';
import { useT } from '../i18n/i18n';

// leadUnitId and leaderId come from links (the cockpit's bars and portfolio); they show as removable tags.
const FILTER_KEYS = [
  'decisionId',
  'unitId',
  'leadUnitId',
  'leaderId',
  'status',
  'light',
  'source',
  'q',
  'page',
  'pageSize',
] as const;
const PAGE_SIZES = [20, 50, 100];

const isStatus = (v: string): v is TaskStatus => (TASK_STATUSES as readonly string[]).includes(v);
const isSource = (v: string): v is TaskSource => (TASK_SOURCES as readonly string[]).includes(v);
const isLight = (v: string): v is Light => (LIGHTS as readonly string[]).includes(v);

/**
 * 任务台账: every task the user may see, filtered in the URL, 20/50/100 a page, columns to choose, the same
 * filter exported to Excel, and a task's detail on click. On a phone the rows become cards.
 */
export function LedgerPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const isMobile = screens.md === false;
  const seesAll = canSeeAllTasks(me.roles);
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const [columnKeys, setColumnKeys] = useLedgerColumns();
  const [open, setOpen] = useState<Task | null>(null);
  const [exporting, setExporting] = useState(false);
  const { units, byId: unitsById } = useAllUnits();
  const { leaders } = useLeaders(seesAll && filters.leaderId !== '');
  const decisions = useRequest(
    (signal) =>
      seesAll ? decisionsApi.list({ pageSize: 100 }, signal) : Promise.resolve({ items: [], total: 0 }),
    [seesAll],
  );

  const page = Math.max(1, Number(filters.page) || 1);
  const pageSize = PAGE_SIZES.includes(Number(filters.pageSize)) ? Number(filters.pageSize) : 20;
  const filter: Omit<TaskFilter, 'page' | 'pageSize'> = useMemo(
    () => ({
      ...(filters.decisionId && seesAll ? { decisionId: filters.decisionId } : {}),
      ...(filters.unitId && seesAll ? { unitId: filters.unitId } : {}),
      ...(filters.leadUnitId && seesAll ? { leadUnitId: filters.leadUnitId } : {}),
      ...(filters.leaderId && seesAll ? { leaderId: filters.leaderId } : {}),
      ...(isStatus(filters.status) ? { status: filters.status } : {}),
      ...(isSource(filters.source) ? { source: filters.source } : {}),
      ...(isLight(filters.light) ? { light: filters.light } : {}),
      ...(filters.q ? { q: filters.q } : {}),
    }),
    [
      filters.decisionId,
      filters.unitId,
      filters.leadUnitId,
      filters.leaderId,
      filters.status,
      filters.source,
      filters.light,
      filters.q,
      seesAll,
    ],
  );
  const list = useRequest(
    (signal) => tasksApi.list({ ...filter, page, pageSize }, signal),
    [JSON.stringify(filter), page, pageSize],
  );
  const isFiltered = Object.keys(filter).length > 0;
  const columns = useMemo(() => ledgerColumns(t, columnKeys, unitsById), [t, columnKeys, unitsById]);

  // 导出当前视图 sends the screen's columns in their order; 导出月度台账 every column (progress, light, report).
  const exportLedger = async (columns?: readonly string[]) => {
    setExporting(true);
    try {
      const { blob, fileName } = await tasksApi.exportLedger(filter, columns);
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setExporting(false);
    }
  };

  const onPage = (p: number, size: number) =>
    setFilters({ page: p === 1 ? undefined : p, pageSize: size === 20 ? undefined : size });
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <span style={{ maxWidth: 520, display: 'inline-block' }}>
          {isFiltered ? t('ledger.emptyFiltered') : seesAll ? t('ledger.empty') : t('ledger.emptyUnit')}
        </span>
      }
    >
      {isFiltered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : null}
    </Empty>
  );

  return (
    <>
      <PageTitle
        title={t('ledger.title')}
        extra={
          <>
            {!isMobile ? <ColumnChooser value={columnKeys} onChange={setColumnKeys} /> : null}
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportLedger(columnKeys)}
            >
              {t('ledger.export')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportLedger()}>
              {t('ledger.exportMonthly')}
            </Button>
          </>
        }
      />
      <Card styles={isMobile ? { body: { padding: 12 } } : undefined}>
        <Flex gap={isMobile ? 8 : 12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            key={`q-${filters.q}`}
            defaultValue={filters.q}
            placeholder={t('ledger.searchPlaceholder')}
            aria-label={t('ledger.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => setFilters({ q: value.trim() })}
            style={isMobile ? { width: '100%' } : { width: 300 }}
          />
          {seesAll ? (
            <Select<string | undefined>
              value={filters.decisionId || undefined}
              placeholder={t('ledger.decisionFilter')}
              aria-label={t('ledger.decisionFilter')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={decisions.loading}
              style={isMobile ? { flex: '1 1 45%', minWidth: 0 } : { width: 240 }}
              options={(decisions.data?.items ?? []).map((d) => ({ value: d.id, label: d.title }))}
              onChange={(value) => setFilters({ decisionId: value })}
            />
          ) : null}
          {seesAll ? (
            <Select<string | undefined>
              value={filters.unitId || undefined}
              placeholder={t('ledger.unitFilter')}
              aria-label={t('ledger.unitFilter')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={isMobile ? { flex: '1 1 45%', minWidth: 0 } : { width: 200 }}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              onChange={(value) => setFilters({ unitId: value })}
            />
          ) : null}
          <Select<TaskStatus | undefined>
            value={isStatus(filters.status) ? filters.status : undefined}
            placeholder={t('ledger.statusFilter')}
            aria-label={t('ledger.statusFilter')}
            allowClear
            style={isMobile ? { flex: '1 1 45%', minWidth: 0 } : { width: 130 }}
            options={TASK_STATUSES.filter((s) => seesAll || s !== 'draft').map((s) => ({
              value: s,
              label: statusLabel(t, s),
            }))}
            onChange={(value) => setFilters({ status: value })}
          />
          <Select<Light | undefined>
            value={isLight(filters.light) ? filters.light : undefined}
            placeholder={t('ledger.lightFilter')}
            aria-label={t('ledger.lightFilter')}
            allowClear
            style={isMobile ? { flex: '1 1 45%', minWidth: 0 } : { width: 120 }}
            options={LIGHTS.map((l) => ({ value: l, label: lightLabel(t, l) }))}
            onChange={(value) => setFilters({ light: value })}
          />
          <Select<TaskSource | undefined>
            value={isSource(filters.source) ? filters.source : undefined}
            placeholder={t('ledger.sourceFilter')}
            aria-label={t('ledger.sourceFilter')}
            allowClear
            style={isMobile ? { flex: '1 1 45%', minWidth: 0 } : { width: 190 }}
            options={TASK_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))}
            onChange={(value) => setFilters({ source: value })}
          />
          {filters.leadUnitId && seesAll ? (
            <Tag
              closable
              onClose={() => setFilters({ leadUnitId: null })}
              style={{ alignSelf: 'center', marginInlineEnd: 0 }}
            >
              {t('ledger.leadUnitTag', { name: unitsById.get(filters.leadUnitId)?.name ?? '…' })}
            </Tag>
          ) : null}
          {filters.leaderId && seesAll ? (
            <Tag
              closable
              onClose={() => setFilters({ leaderId: null })}
              style={{ alignSelf: 'center', marginInlineEnd: 0 }}
            >
              {t('ledger.leaderTag', {
                name:
                  filters.leaderId === me.id
                    ? t('ledger.leaderMe')
                    : (leaders.find((l) => l.id === filters.leaderId)?.displayName ?? '…'),
              })}
            </Tag>
          ) : null}
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
            <List<Task>
              loading={list.loading}
              dataSource={items}
              locale={{ emptyText }}
              renderItem={(task) => (
                <Card
                  size="small"
                  hoverable
                  style={{ marginBottom: 8 }}
                  onClick={() => setOpen(task)}
                  role="button"
                  tabIndex={0}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') setOpen(task);
                  }}
                >
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <Typography.Text className="luoshi-mono" style={{ fontSize: 12, color: '#1f4e8c' }}>
                      {task.code ?? '—'}
                    </Typography.Text>
                    <Flex gap={4} align="center">
                      <Tag color={STATUS_COLORS[task.status]} style={{ marginInlineEnd: 0 }}>
                        {statusLabel(t, task.status)}
                      </Tag>
                      <LightTag light={task.light} reasons={task.lightReasons} size="small" />
                    </Flex>
                  </Flex>
                  <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                    {task.title}
                  </Typography.Paragraph>
                  <div style={{ fontSize: 13, color: '#595959' }}>
                    <TargetsCell task={task} />
                    <div>
                      {t('task.leadUnit')}
                      {t('common.colon')}
                      {task.leadUnitName ?? '—'}
                    </div>
                    <div>
                      {t('task.dueDate')}
                      {t('common.colon')}
                      {task.dueDate ?? '—'}
                    </div>
                  </div>
                  <Progress percent={task.progress} size="small" />
                </Card>
              )}
            />
            {total > 0 ? (
              <Pagination
                size="small"
                align="center"
                current={page}
                pageSize={pageSize}
                total={total}
                showSizeChanger
                pageSizeOptions={PAGE_SIZES}
                onChange={onPage}
                showTotal={(n) => t('common.total', { total: n })}
              />
            ) : null}
          </>
        ) : (
          <Table<Task>
            rowKey="id"
            size="middle"
            sticky={{ offsetHeader: 56 }}
            loading={list.loading}
            columns={columns}
            dataSource={items}
            tableLayout="fixed"
            scroll={{ x: 'max-content' }}
            rowClassName={() => 'luoshi-clickable-row'}
            onRow={(task) => ({
              onClick: () => setOpen(task),
              onKeyDown: (e) => {
                if (e.key === 'Enter') setOpen(task);
              },
              tabIndex: 0,
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
      <TaskDetailDrawer task={open} unitsById={unitsById} onClose={() => setOpen(null)} />
    </>
  );
}

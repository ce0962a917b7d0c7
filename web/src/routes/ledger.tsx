import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Grid, Input, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { saveBlob } from '../api/client';
import { decisionsApi, tasksApi } from '../api/endpoints';
import {
  LIGHTS,
  TASK_SOURCES,
  TASK_STATUSES,
  type Light,
  type Task,
  type TaskSource,
  type TaskStatus,
} from '../api/types';
import { useRequest } from '../api/use-request';
import { useAllUnits } from '../features/admin/use-all-units';
import { useMe } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { LedgerCards } from '../features/ledger/ledger-cards';
import {
  ColumnChooser,
  ledgerColumns,
  ledgerTableWidth,
  sortOfColumn,
  useLedgerColumns,
} from '../features/ledger/ledger-columns';
import {
  isLight,
  isSource,
  isStatus,
  LEDGER_FILTER_KEYS,
  ledgerFilterOf,
} from '../features/ledger/ledger-filter';
import { TaskDetailDrawer } from '../features/ledger/task-detail-drawer';
import { BatchActions } from '../features/tasks/batch-actions';
import { sourceLabel, statusLabel } from '../features/tasks/labels';
import { useLeaders } from '../features/tasks/pickers';
import { lightLabel } from '../features/tasks/light-tag';
import { useT } from '../i18n/i18n';

const PAGE_SIZES = [20, 50, 100];

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
  const seesAll = me.abilities.seeAllTasks;
  const navigate = useNavigate();
  const [filters, setFilters, clearFilters] = useUrlFilters(LEDGER_FILTER_KEYS);
  const [selected, setSelected] = useState<string[]>([]);
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
  const filter = useMemo(() => ledgerFilterOf(filters, seesAll), [filters, seesAll]);
  const list = useRequest(
    (signal) => tasksApi.list({ ...filter, page, pageSize }, signal),
    [JSON.stringify(filter), page, pageSize],
  );
  const { sort, ...shown } = filter;
  const isFiltered = Object.keys(shown).length > 0;
  const columns = useMemo(
    () => ledgerColumns(t, columnKeys, unitsById, sort),
    [t, columnKeys, unitsById, sort],
  );

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
  // Rows can be selected for 批量签收 / 本期无变化 only where the server allows one of them.
  const isBatchable = (task: Task) => task.abilities.accept || task.abilities.report;
  const hasBatch = items.some(isBatchable);
  const chosen = items.filter((task) => selected.includes(task.id));
  const printView = () => {
    const params = new URLSearchParams(window.location.search);
    params.delete('page');
    params.delete('pageSize');
    params.set('columns', columnKeys.join(','));
    void navigate(`/ledger/print?${params.toString()}`);
  };

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
            {!isMobile ? (
              <Button icon={<PrinterOutlined />} onClick={printView}>
                {t('ledger.print')}
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
          <LedgerCards
            items={items}
            loading={list.loading}
            emptyText={emptyText}
            page={page}
            pageSize={pageSize}
            pageSizes={PAGE_SIZES}
            total={total}
            onPage={onPage}
            onOpen={setOpen}
          />
        ) : (
          <>
            {hasBatch ? (
              <BatchActions
                selected={chosen}
                onClear={() => setSelected([])}
                onDone={() => {
                  setSelected([]);
                  list.reload();
                }}
              />
            ) : null}
            <Table<Task>
              rowKey="id"
              size="middle"
              sticky={{ offsetHeader: 56 }}
              loading={list.loading}
              columns={columns}
              dataSource={items}
              tableLayout="fixed"
              scroll={{ x: ledgerTableWidth(columnKeys) + (hasBatch ? 40 : 0) }}
              rowSelection={
                hasBatch
                  ? {
                      selectedRowKeys: selected,
                      onChange: (keys) => setSelected(keys.map(String)),
                      getCheckboxProps: (task) => ({
                        disabled: !isBatchable(task),
                        'aria-label': task.title,
                      }),
                      columnWidth: 40,
                      fixed: 'left',
                    }
                  : undefined
              }
              onChange={(_pagination, _filters, sorter, extra) => {
                if (extra.action !== 'sort' || Array.isArray(sorter)) return;
                setFilters({ sort: sortOfColumn(sorter.columnKey, sorter.order) ?? null });
              }}
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
          </>
        )}
      </Card>
      <TaskDetailDrawer task={open} unitsById={unitsById} onClose={() => setOpen(null)} />
    </>
  );
}

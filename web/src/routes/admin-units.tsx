import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { unitsApi } from '../api/endpoints';
import { UNIT_KINDS, type Unit, type UnitKind } from '../api/types';
import { useRequest } from '../api/use-request';
import { UnitFormDrawer } from '../features/admin/unit-form-drawer';
import { useAllUnits } from '../features/admin/use-all-units';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { isVersionConflict, versionConflictText } from '../features/common/version-conflict';
import { useT } from '../i18n/i18n';

const KIND_COLORS: Record<UnitKind, string> = {
  department: 'blue',
  street: 'green',
  town: 'cyan',
  section: 'purple',
  other: 'default',
};
const FILTER_KEYS = ['q', 'kind'] as const;

function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

/** 系统管理 · 单位: list, filter (in the URL), create and edit units. */
export function AdminUnitsPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const kind = isUnitKind(filters.kind) ? filters.kind : undefined;
  const list = useRequest(
    (signal) => unitsApi.list({ ...(filters.q ? { q: filters.q } : {}), ...(kind ? { kind } : {}) }, signal),
    [filters.q, kind],
  );
  const all = useAllUnits();
  const [editing, setEditing] = useState<{ unit: Unit | null } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const isFiltered = Boolean(filters.q || kind);

  const reloadAll = () => {
    list.reload();
    all.reload();
  };

  const toggleActive = async (unit: Unit) => {
    setBusyId(unit.id);
    try {
      await unitsApi.update(unit.id, { version: unit.version, active: !unit.active });
      message.success(t('units.updated'));
      reloadAll();
    } catch (e) {
      if (isVersionConflict(e)) {
        modal.confirm({
          title: t('error.versionConflictTitle'),
          content: versionConflictText(t, e, false),
          okText: t('common.reload'),
          onOk: reloadAll,
        });
      } else {
        message.error(errorMessage(t, e));
      }
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<Unit> = [
    { title: t('units.name'), dataIndex: 'name', key: 'name', width: 260, ellipsis: { showTitle: true } },
    {
      title: t('units.code'),
      dataIndex: 'code',
      key: 'code',
      width: 120,
      ellipsis: { showTitle: true },
      render: (code: string) => <span className="luoshi-mono">{code}</span>,
    },
    {
      title: t('units.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 100,
      render: (k: UnitKind) => <Tag color={KIND_COLORS[k]}>{t(`units.kind.${k}`)}</Tag>,
    },
    {
      title: t('units.parent'),
      dataIndex: 'parentId',
      key: 'parent',
      width: 220,
      ellipsis: { showTitle: true },
      render: (id: string | null) => (id ? (all.byId.get(id)?.name ?? '—') : '—'),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean) => (
        <Badge
          status={active ? 'success' : 'default'}
          text={active ? t('common.enabled') : t('common.disabled')}
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, unit) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setEditing({ unit })}>
            {t('common.edit')}
          </Button>
          {unit.active ? (
            <Popconfirm
              title={t('units.disableConfirm', { name: unit.name })}
              onConfirm={() => toggleActive(unit)}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
            >
              <Button type="link" size="small" danger loading={busyId === unit.id}>
                {t('units.disable')}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              type="link"
              size="small"
              loading={busyId === unit.id}
              onClick={() => void toggleActive(unit)}
            >
              {t('units.enable')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('units.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unit: null })}>
            {t('units.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            key={`q-${filters.q}`}
            defaultValue={filters.q}
            placeholder={t('units.searchPlaceholder')}
            aria-label={t('units.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => setFilters({ q: value.trim() })}
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Select<UnitKind | undefined>
            value={kind}
            placeholder={t('units.kindFilter')}
            aria-label={t('units.kindFilter')}
            allowClear
            style={{ width: 160 }}
            options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kind.${k}`) }))}
            onChange={(value) => setFilters({ kind: value })}
          />
          {isFiltered ? <Button onClick={clearFilters}>{t('units.clearFilters')}</Button> : null}
        </Flex>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <Table<Unit>
            rowKey="id"
            size="middle"
            sticky
            loading={list.loading}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              defaultPageSize: 50,
              pageSizeOptions: [20, 50, 100],
              showSizeChanger: true,
              hideOnSinglePage: false,
              showTotal: (total) => t('common.total', { total }),
            }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={isFiltered ? t('units.emptyFiltered') : t('units.empty')}
                >
                  {isFiltered ? (
                    <Button onClick={clearFilters}>{t('units.clearFilters')}</Button>
                  ) : (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unit: null })}>
                      {t('units.create')}
                    </Button>
                  )}
                </Empty>
              ),
            }}
          />
        )}
      </Card>
      <UnitFormDrawer
        open={editing !== null}
        unit={editing?.unit ?? null}
        units={all.units}
        onClose={() => setEditing(null)}
        onReloaded={reloadAll}
        onSaved={() => {
          setEditing(null);
          reloadAll();
        }}
      />
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import {
  App,
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
  Tooltip,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { usersApi } from '../api/endpoints';
import { ALL_ROLES, type Role, type User, type UserWithPassword } from '../api/types';
import { useRequest } from '../api/use-request';
import { OneTimePasswordModal } from '../features/admin/one-time-password-modal';
import { useMe } from '../features/auth/session';
import { ROLE_COLORS } from '../features/admin/roles';
import { useAllUnits } from '../features/admin/use-all-units';
import { UserFormDrawer } from '../features/admin/user-form-drawer';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { isVersionConflict, versionConflictText } from '../features/common/version-conflict';
import { useT } from '../i18n/i18n';
import { securityApi } from '../api/security';
import { unitOrOffice } from '../features/common/unit-or-office';

const FILTER_KEYS = ['q', 'unitId', 'role', 'page', 'pageSize'] as const;
const PAGE_SIZES = [20, 50, 100] as const;

function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

function isLocked(user: User, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** 系统管理 · 用户: list with filters in the URL, create/edit, reset password, enable/disable, unlock. */
export function AdminUsersPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const me = useMe();
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const role = isRole(filters.role) ? filters.role : undefined;
  const page = Math.max(1, Number.parseInt(filters.page, 10) || 1);
  const pageSizeRaw = Number.parseInt(filters.pageSize, 10);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(pageSizeRaw) ? pageSizeRaw : 20;
  const list = useRequest(
    (signal) =>
      usersApi.list(
        {
          ...(filters.q ? { q: filters.q } : {}),
          ...(filters.unitId ? { unitId: filters.unitId } : {}),
          ...(role ? { role } : {}),
          page,
          pageSize,
        },
        signal,
      ),
    [filters.q, filters.unitId, role, page, pageSize],
  );
  const all = useAllUnits();
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);
  const [otp, setOtp] = useState<UserWithPassword | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const isFiltered = Boolean(filters.q || filters.unitId || role);

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (e) {
      if (isVersionConflict(e)) {
        modal.confirm({
          title: t('error.versionConflictTitle'),
          content: versionConflictText(t, e, false),
          okText: t('common.reload'),
          onOk: list.reload,
        });
      } else {
        message.error(errorMessage(t, e));
      }
    } finally {
      setBusy(null);
    }
  };

  const toggleActive = (user: User) =>
    run(`active-${user.id}`, async () => {
      await usersApi.update(user.id, { version: user.version, active: !user.active });
      message.success(user.active ? t('users.disabled') : t('users.enabled'));
      list.reload();
    });

  const resetPassword = (user: User) =>
    run(`reset-${user.id}`, async () => {
      setOtp(await usersApi.resetPassword(user.id));
      list.reload();
    });

  const resetTotp = (user: User) =>
    run(`totp-${user.id}`, async () => {
      await securityApi.resetUser(user.id);
      message.success(t('security.resetTotpDone'));
      list.reload();
    });

  const unlock = (user: User) =>
    run(`unlock-${user.id}`, async () => {
      await usersApi.unlock(user.id);
      message.success(t('users.unlocked'));
      list.reload();
    });

  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      key: 'username',
      width: 140,
      ellipsis: { showTitle: true },
      render: (v: string) => <span className="luoshi-mono">{v}</span>,
    },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      key: 'displayName',
      width: 120,
      ellipsis: { showTitle: true },
    },
    {
      title: t('users.unit'),
      dataIndex: 'unitName',
      key: 'unit',
      width: 180,
      ellipsis: { showTitle: true },
      render: (v: string | null, u) => unitOrOffice(t, v, u.roles, '—'),
    },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      key: 'roles',
      width: 180,
      render: (roles: Role[]) => (
        <Flex wrap gap={4}>
          {roles.map((r) => (
            <Tag key={r} color={ROLE_COLORS[r]} style={{ marginInlineEnd: 0 }}>
              {t(`role.${r}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 170,
      render: (_, user) => (
        <Flex wrap gap={4}>
          {!user.active ? (
            <Tag>{t('users.status.disabled')}</Tag>
          ) : isLocked(user) ? (
            <Tooltip title={t('users.status.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
              <Tag color="red">
                {t('users.status.lockedUntil', { time: formatDateTime(user.lockedUntil) })}
              </Tag>
            </Tooltip>
          ) : (
            <Tag color="green">{t('users.status.active')}</Tag>
          )}
          {user.mustChangePassword ? <Tag color="orange">{t('users.status.mustChange')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('users.phone'),
      dataIndex: 'phone',
      key: 'phone',
      width: 130,
      ellipsis: { showTitle: true },
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('users.email'),
      dataIndex: 'email',
      key: 'email',
      width: 200,
      ellipsis: { showTitle: true },
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 250,
      render: (_, user) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing({ user })}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('users.resetConfirm', { name: user.displayName })}
            onConfirm={() => resetPassword(user)}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
          >
            <Button type="link" size="small" loading={busy === `reset-${user.id}`}>
              {t('users.resetPassword')}
            </Button>
          </Popconfirm>
          {user.totpEnabled && user.id !== me.id ? (
            <Popconfirm
              title={t('security.resetTotpConfirm', { name: user.displayName })}
              onConfirm={() => resetTotp(user)}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
            >
              <Button type="link" size="small" loading={busy === `totp-${user.id}`}>
                {t('security.resetTotp')}
              </Button>
            </Popconfirm>
          ) : null}
          {isLocked(user) ? (
            <Button
              type="link"
              size="small"
              loading={busy === `unlock-${user.id}`}
              onClick={() => void unlock(user)}
            >
              {t('users.unlock')}
            </Button>
          ) : null}
          {user.id === me.id ? null : user.active ? (
            <Popconfirm
              title={t('users.disableConfirm', { name: user.displayName })}
              onConfirm={() => toggleActive(user)}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
            >
              <Button type="link" size="small" danger loading={busy === `active-${user.id}`}>
                {t('users.disable')}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              type="link"
              size="small"
              loading={busy === `active-${user.id}`}
              onClick={() => void toggleActive(user)}
            >
              {t('users.enable')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            key={`q-${filters.q}`}
            defaultValue={filters.q}
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => setFilters({ q: value.trim() })}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <Select<string>
            value={filters.unitId || undefined}
            placeholder={t('users.unitFilter')}
            aria-label={t('users.unitFilter')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220, maxWidth: '100%' }}
            options={all.units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(value) => setFilters({ unitId: value })}
          />
          <Select<Role>
            value={role}
            placeholder={t('users.roleFilter')}
            aria-label={t('users.roleFilter')}
            allowClear
            style={{ width: 160 }}
            options={ALL_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            onChange={(value) => setFilters({ role: value })}
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
          <Table<User>
            rowKey="id"
            size="middle"
            sticky
            loading={list.loading}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              pageSizeOptions: [...PAGE_SIZES],
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (nextPage, nextSize) =>
                setFilters({
                  page: nextSize !== pageSize || nextPage === 1 ? undefined : nextPage,
                  pageSize: nextSize === 20 ? undefined : nextSize,
                }),
            }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={isFiltered ? t('users.emptyFiltered') : t('users.empty')}
                >
                  {isFiltered ? (
                    <Button onClick={clearFilters}>{t('units.clearFilters')}</Button>
                  ) : (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
                      {t('users.create')}
                    </Button>
                  )}
                </Empty>
              ),
            }}
          />
        )}
      </Card>
      <UserFormDrawer
        open={editing !== null}
        user={editing?.user ?? null}
        units={all.units}
        onClose={() => setEditing(null)}
        onReloaded={list.reload}
        onCreated={(result) => {
          setEditing(null);
          setOtp(result);
          list.reload();
        }}
        onUpdated={() => {
          setEditing(null);
          list.reload();
        }}
      />
      <OneTimePasswordModal result={otp} onClose={() => setOtp(null)} />
    </>
  );
}

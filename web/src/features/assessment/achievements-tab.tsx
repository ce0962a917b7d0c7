import { App, Button, Empty, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  achievementsApi,
  ACHIEVEMENT_STATUSES,
  type Achievement,
  type AchievementStatus,
} from '../../api/assessment';
import { isApiError } from '../../api/client';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { formatDate } from '../common/format';
import { useUrlFilters } from '../common/use-url-filters';
import { CommentModal } from '../execution/comment-modal';
import { LoadFailed } from './load-failed';
import { taskLabel, AchievementModal } from './achievement-modal';

const STATUS_COLORS: Record<AchievementStatus, string> = {
  declared: 'gold',
  verified: 'green',
  rejected: 'red',
};
const statusLabel = (t: ReturnType<typeof useT>, s: AchievementStatus) =>
  t(`achievement.status.${s}` as MessageKey);

/** 政绩申报: cadres declare, see the status; the office verifies or rejects with a comment. */
export function AchievementsTab({ year }: { year: number }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const { units } = useAllUnits();
  const [filters, setFilters] = useUrlFilters(['unitId', 'status'] as const);
  const status = (ACHIEVEMENT_STATUSES as readonly string[]).includes(filters.status)
    ? (filters.status as AchievementStatus)
    : undefined;
  const list = useRequest(
    (signal) =>
      achievementsApi.list(
        { year, ...(filters.unitId ? { unitId: filters.unitId } : {}), ...(status ? { status } : {}) },
        signal,
      ),
    [year, filters.unitId, status],
  );
  const [declaring, setDeclaring] = useState(false);
  const [editing, setEditing] = useState<Achievement | null>(null);
  const [deciding, setDeciding] = useState<{ item: Achievement; action: 'verify' | 'reject' } | null>(null);
  const seesAll = me.abilities.seeAllAssessment;
  const canDeclare = me.unitId !== null;
  // The list never answers 404 itself: a 404 means the server does not offer achievements.
  const unavailable = isApiError(list.error) && list.error.status === 404;

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          {seesAll ? (
            <Select
              aria-label={t('achievement.unit')}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('achievement.allUnits')}
              style={{ width: 200 }}
              value={filters.unitId || undefined}
              onChange={(v?: string) => setFilters({ unitId: v ?? null })}
              options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
            />
          ) : null}
          <Select
            aria-label={t('achievement.status')}
            allowClear
            placeholder={t('achievement.allStatuses')}
            style={{ width: 140 }}
            value={status}
            onChange={(v?: string) => setFilters({ status: v ?? null })}
            options={ACHIEVEMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          />
        </Flex>
        {canDeclare ? (
          <Button type="primary" onClick={() => setDeclaring(true)}>
            {t('achievement.declare')}
          </Button>
        ) : null}
      </Flex>
      {list.error && !list.loading ? (
        <LoadFailed
          error={list.error}
          onRetry={list.reload}
          description={unavailable ? t('achievement.unavailable') : undefined}
        />
      ) : (
        <Table<Achievement>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          tableLayout="fixed"
          scroll={{ x: 1000 }}
          pagination={{
            defaultPageSize: 20,
            pageSizeOptions: [20, 50, 100],
            showSizeChanger: true,
            hideOnSinglePage: true,
          }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t(canDeclare ? 'achievement.emptyUnit' : 'achievement.empty')}
              />
            ),
          }}
          columns={[
            {
              title: t('achievement.titleField'),
              key: 'title',
              ellipsis: { showTitle: false },
              render: (_, a) => (
                <Tooltip
                  title={
                    <span style={{ whiteSpace: 'pre-wrap' }}>
                      {[a.title, a.description, a.evidence].filter(Boolean).join('\n')}
                    </span>
                  }
                  placement="topLeft"
                >
                  <span>{a.title}</span>
                </Tooltip>
              ),
            },
            {
              title: t('achievement.person'),
              key: 'person',
              dataIndex: 'userName',
              width: 150,
              ellipsis: { showTitle: true },
            },
            {
              title: t('achievement.unit'),
              key: 'unit',
              dataIndex: 'unitName',
              width: 150,
              ellipsis: { showTitle: true },
            },
            {
              title: t('achievement.tasks'),
              key: 'tasks',
              width: 200,
              ellipsis: { showTitle: false },
              render: (_, a) =>
                a.tasks.length === 0 ? (
                  <Typography.Text type="secondary">—</Typography.Text>
                ) : (
                  <Flex vertical>
                    {a.tasks.map((x) => (
                      <Link key={x.id} to={`/tasks/${x.id}`} className="luoshi-ellipsis" title={taskLabel(x)}>
                        {taskLabel(x)}
                      </Link>
                    ))}
                  </Flex>
                ),
            },
            {
              title: t('achievement.status'),
              key: 'status',
              width: 200,
              render: (_, a) => (
                <Flex vertical gap={2}>
                  <span>
                    <Tag color={STATUS_COLORS[a.status]}>{statusLabel(t, a.status)}</Tag>
                    {a.decidedAt ? (
                      <Typography.Text type="secondary">{formatDate(a.decidedAt)}</Typography.Text>
                    ) : null}
                  </span>
                  {a.decisionComment ? (
                    <Typography.Text
                      type="secondary"
                      ellipsis={{ tooltip: a.decisionComment }}
                      style={{ fontSize: 12 }}
                    >
                      {t('achievement.comment')}：{a.decisionComment}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              fixed: 'right',
              render: (_, a) => (
                <Flex gap={4} wrap>
                  {a.abilities.verify || a.abilities.reject ? (
                    <>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDeciding({ item: a, action: 'verify' })}
                      >
                        {t('achievement.verify')}
                      </Button>
                      <Button size="small" danger onClick={() => setDeciding({ item: a, action: 'reject' })}>
                        {t('achievement.reject')}
                      </Button>
                    </>
                  ) : null}
                  {a.userId === me.id && a.status !== 'verified' ? (
                    <Button size="small" onClick={() => setEditing(a)}>
                      {t('achievement.edit')}
                    </Button>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      )}
      <AchievementModal
        open={declaring || editing !== null}
        year={year}
        editing={editing}
        onClose={() => {
          setDeclaring(false);
          setEditing(null);
        }}
        onSaved={() => {
          setDeclaring(false);
          setEditing(null);
          list.reload();
        }}
      />
      <CommentModal
        open={deciding !== null}
        title={deciding?.action === 'reject' ? t('achievement.rejectTitle') : t('achievement.verifyTitle')}
        label={deciding?.action === 'reject' ? t('achievement.rejectComment') : t('achievement.comment')}
        required={deciding?.action === 'reject'}
        danger={deciding?.action === 'reject'}
        okText={deciding?.action === 'reject' ? t('achievement.reject') : t('achievement.verify')}
        description={deciding ? `${deciding.item.userName} · ${deciding.item.title}` : undefined}
        onSubmit={async (comment) => {
          if (!deciding) return;
          const { item, action } = deciding;
          if (action === 'verify')
            await achievementsApi.verify(item.id, { version: item.version, comment: comment || null });
          else await achievementsApi.reject(item.id, { version: item.version, comment });
          message.success(action === 'verify' ? t('achievement.verified') : t('achievement.rejected'));
          list.reload();
        }}
        onClose={() => setDeciding(null)}
        onReload={list.reload}
      />
    </>
  );
}

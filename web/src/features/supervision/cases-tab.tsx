import { Button, Empty, Flex, Select, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CASE_STATUSES, type SupervisionCase } from '../../api/supervision';
import type { RequestState } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { useUrlFilters } from '../common/use-url-filters';
import { CaseFormDrawer } from './case-form';
import { CaseDeadline, CaseLevelTag, CaseStatusTag } from './case-tags';
import { useDeadlineFilterOptions } from './deadline-tag';
import { caseOriginLabel, caseStatusLabel } from './labels';

const FILTER_KEYS = ['tab', 'status', 'deadline'] as const;

/** 督办件 list: newest first, the status filter in the URL; the office opens new cases here. */
export function CasesTab({ cases }: { cases: RequestState<{ items: SupervisionCase[] }> }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const { byId: unitsById } = useAllUnits();
  const [creating, setCreating] = useState(false);
  const isSupervisor = me.abilities.manageSupervision;
  const deadlineOptions = useDeadlineFilterOptions();
  const items = (cases.data?.items ?? []).filter(
    (c) =>
      (!filters.status || c.status === filters.status) &&
      (!filters.deadline || c.deadlineState === filters.deadline),
  );

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('case.filterStatus')}
            aria-label={t('case.filterStatus')}
            value={filters.status || undefined}
            onChange={(v?: string) => setFilters({ status: v })}
            options={CASE_STATUSES.map((s) => ({ value: s, label: caseStatusLabel(t, s) }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('deadline.filter')}
            aria-label={t('deadline.filter')}
            value={filters.deadline || undefined}
            onChange={(v?: string) => setFilters({ deadline: v })}
            options={deadlineOptions}
            data-testid="case-deadline-filter"
          />
        </Flex>
        {isSupervisor ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('case.new')}
          </Button>
        ) : null}
      </Flex>
      {cases.error && !cases.loading ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('common.loadFailed', { message: errorMessage(t, cases.error) })}
        >
          <Button onClick={cases.reload}>{t('common.retry')}</Button>
        </Empty>
      ) : (
        <Table<SupervisionCase>
          rowKey="id"
          size="middle"
          loading={cases.loading}
          dataSource={items}
          tableLayout="fixed"
          scroll={{ x: 900 }}
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
                description={t(isSupervisor ? 'case.empty' : 'case.emptyUnit')}
              />
            ),
          }}
          columns={[
            {
              title: t('case.title'),
              key: 'title',
              ellipsis: { showTitle: false },
              render: (_, c) => (
                <Tooltip title={c.title} placement="topLeft">
                  <Link to={`/supervision/cases/${c.id}`}>{c.title}</Link>
                </Tooltip>
              ),
            },
            {
              title: t('case.level'),
              key: 'level',
              width: 100,
              render: (_, c) => <CaseLevelTag level={c.level} />,
            },
            {
              title: t('case.origin'),
              key: 'origin',
              width: 100,
              render: (_, c) => caseOriginLabel(t, c.origin),
            },
            {
              title: t('case.units'),
              key: 'units',
              width: 200,
              ellipsis: { showTitle: false },
              render: (_, c) => {
                const names = c.unitIds.map((u) => unitsById.get(u)?.name ?? '—').join('、');
                return (
                  <Tooltip title={names} placement="topLeft">
                    <span>{names}</span>
                  </Tooltip>
                );
              },
            },
            {
              title: t('case.deadline'),
              key: 'deadline',
              width: 140,
              render: (_, c) => <CaseDeadline item={c} />,
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 96,
              render: (_, c) => <CaseStatusTag status={c.status} />,
            },
          ]}
          onRow={(c) => ({ onDoubleClick: () => navigate(`/supervision/cases/${c.id}`) })}
        />
      )}
      <CaseFormDrawer
        open={creating}
        draft={null}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          cases.reload();
          navigate(`/supervision/cases/${created.id}`);
        }}
      />
    </>
  );
}

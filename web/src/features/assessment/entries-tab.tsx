import { App, Button, Empty, Flex, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { assessmentApi, ENTRY_KINDS, type Entry } from '../../api/assessment';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { useUrlFilters } from '../common/use-url-filters';
import { bonusLabel, levelLabel, partyLabel } from './labels';
import { LoadFailed } from './load-failed';
import { EntryModal, kindLabel } from './entry-modal';

/** What an entry says, in a line: the score and its party or period, or the honour or veto with its date. */
function entryDetail(t: ReturnType<typeof useT>, e: Entry, vetoes: Map<string, string>): string {
  const d = e.data;
  const s = (k: string) => (d[k] === undefined || d[k] === null ? '' : String(d[k]));
  switch (e.kind) {
    case 'satisfaction':
      return `${s('period')} · ${s('score')}`;
    case 'evaluation':
      return `${partyLabel(t, s('party'))}${s('evaluator') ? `（${s('evaluator')}）` : ''} · ${s('score')}`;
    case 'bonus':
      return `${bonusLabel(t, s('bonusKind'))}${s('level') ? ` · ${levelLabel(t, s('level'))}` : ''} · ${s('title')} · ${s('date')}`;
    default:
      return `${vetoes.get(s('vetoKind')) ?? s('vetoKind')} · ${s('title')} · ${s('date')}`;
  }
}

/** 考核录入: satisfaction and evaluation scores, bonuses and vetoes with evidence; the office verifies. */
export function EntriesTab({ year }: { year: number }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const { byId } = useAllUnits();
  const [filters, setFilters] = useUrlFilters(['kind'] as const);
  const list = useRequest((signal) => assessmentApi.entries(year, signal), [year]);
  const schemes = useRequest((signal) => assessmentApi.schemes(year, signal), [year]);
  const [adding, setAdding] = useState(false);
  const isOffice = me.abilities.enterForAnyUnit;
  const canAdd = me.abilities.entryKinds.length > 0;
  // Vetoes are the ones of the scheme in force: the latest published, else the default.
  const vetoes = useMemo(() => {
    const items = schemes.data?.items ?? [];
    const inForce = items.find((r) => r.status === 'published') ?? items.find((r) => r.status === 'default');
    return inForce?.scheme.vetoes ?? [];
  }, [schemes.data]);
  const vetoNames = useMemo(() => new Map(vetoes.map((v) => [v.key, v.name])), [vetoes]);
  const items = (list.data?.items ?? []).filter((e) => !filters.kind || e.kind === filters.kind);

  const verify = async (e: Entry) => {
    try {
      await assessmentApi.verifyEntry(e.id);
      message.success(t('entry.verifiedDone'));
    } catch (err) {
      message.error(errorMessage(t, err));
    }
    list.reload();
  };

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('entry.kind')}
          allowClear
          placeholder={t('entry.filterKind')}
          style={{ width: 180 }}
          value={filters.kind || undefined}
          onChange={(v?: string) => setFilters({ kind: v ?? null })}
          options={ENTRY_KINDS.map((k) => ({
            value: k,
            label: kindLabel(t, k),
          }))}
        />
        {canAdd ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('entry.add')}
          </Button>
        ) : null}
      </Flex>
      {list.error && !list.loading ? (
        <LoadFailed error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="middle"
          loading={list.loading}
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
                description={t(isOffice ? 'entry.empty' : 'entry.emptyUnit')}
              />
            ),
          }}
          columns={[
            { title: t('entry.kind'), key: 'kind', width: 110, render: (_, e) => kindLabel(t, e.kind) },
            {
              title: t('entry.unit'),
              key: 'unit',
              width: 160,
              ellipsis: { showTitle: true },
              render: (_, e) => byId.get(e.unitId)?.name ?? '—',
            },
            {
              title: t('entry.detail'),
              key: 'detail',
              ellipsis: { showTitle: false },
              render: (_, e) => {
                const text = entryDetail(t, e, vetoNames);
                return (
                  <Tooltip title={text} placement="topLeft">
                    <span>{text}</span>
                  </Tooltip>
                );
              },
            },
            {
              title: t('entry.evidence'),
              key: 'evidence',
              width: 200,
              ellipsis: { showTitle: false },
              render: (_, e) =>
                e.evidence ? (
                  <Tooltip
                    title={<span style={{ whiteSpace: 'pre-wrap' }}>{e.evidence}</span>}
                    placement="topLeft"
                  >
                    <span>{e.evidence}</span>
                  </Tooltip>
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
            {
              title: t('entry.createdAt'),
              key: 'createdAt',
              width: 150,
              render: (_, e) => formatDateTime(e.createdAt),
            },
            {
              title: t('entry.status'),
              key: 'status',
              width: 150,
              fixed: 'right',
              render: (_, e) =>
                e.isVerified ? (
                  <Tag color="green">{t('entry.verified')}</Tag>
                ) : (
                  <Flex gap={4} align="center" wrap>
                    <Tag color="gold">{t('entry.unverified')}</Tag>
                    {e.abilities.verify ? (
                      <Popconfirm
                        title={t('entry.verifyConfirm')}
                        okText={t('entry.verify')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => void verify(e)}
                      >
                        <Button size="small" type="primary">
                          {t('entry.verify')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Flex>
                ),
            },
          ]}
        />
      )}
      <EntryModal
        open={adding}
        year={year}
        vetoes={vetoes}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          list.reload();
        }}
      />
    </>
  );
}

import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { auditActions } from '../../../src/domain/audit-events';
import { auditActionLabel, auditEntityLabel, auditEntityTypes } from '../../../src/domain/audit-labels';
import { saveBlob } from '../api/client';
import { auditApi } from '../api/endpoints';
import type { AuditActor, AuditEvent, AuditFilter, AuditVerifyResult } from '../api/types';
import { AuditDetail } from '../features/audit/audit-diff';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { useLang, useT } from '../i18n/i18n';

const PAGE = 50;
const FILTER_KEYS = ['actorId', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

/** The link that narrows the log to one object's history (the auditor's way to follow an object). */
function objectHistoryLink(e: AuditEvent): string {
  const q = new URLSearchParams({ entityType: e.entityType ?? '', entityId: e.entityId ?? '' });
  return `/audit?${q.toString()}`;
}

/**
 * 审计日志: newest first, in words (the action in Chinese, the object by name, the operator with unit or
 * office), filtered by operator, action, object and dates (kept in the URL), exported to Excel as
 * filtered; "load more" by seq, row diff, and chain verification.
 */
export function AuditPage() {
  const t = useT();
  const [lang] = useLang();
  const labelLang = lang === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const [filters, setFilters, clearFilters] = useUrlFilters(FILTER_KEYS);
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<AuditVerifyResult | null>(null);
  const [actors, setActors] = useState<AuditActor[]>([]);
  const [exporting, setExporting] = useState(false);

  const filter = useMemo<AuditFilter>(() => {
    const out: AuditFilter = {};
    for (const k of FILTER_KEYS) if (filters[k]) out[k] = filters[k];
    return out;
  }, [filters]);
  const isFiltered = Object.keys(filter).length > 0;

  const load = useCallback(
    async (before?: number) => {
      setLoading(true);
      setLoadError(null);
      try {
        const page = await auditApi.list({
          ...filter,
          limit: PAGE,
          ...(before !== undefined ? { before } : {}),
        });
        setItems((prev) => (before === undefined ? page.items : [...prev, ...page.items]));
        setNextBefore(page.nextBefore);
      } catch (e) {
        setLoadError(e);
      } finally {
        setLoading(false);
      }
    },
    [filter],
  );

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    auditApi.actors().then(
      (r) => setActors(r.items),
      () => setActors([]),
    );
  }, []);

  const runVerify = async () => {
    setVerifying(true);
    setVerify(null);
    try {
      setVerify(await auditApi.verify());
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setVerifying(false);
    }
  };

  const runExport = async () => {
    setExporting(true);
    try {
      const { blob, fileName } = await auditApi.exportXlsx(filter);
      saveBlob(blob, fileName);
      message.success(t('audit.exported', { name: fileName }));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 72, align: 'right' },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 160,
      ellipsis: { showTitle: true },
      render: (_, e) => (
        <span title={[e.actorName ?? t('audit.system'), e.actorUnit].filter(Boolean).join(' · ')}>
          {e.actorName ?? t('audit.system')}
          {e.actorUnit ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {e.actorUnit}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 150,
      ellipsis: { showTitle: false },
      render: (v: string) => <span title={v}>{auditActionLabel(v, labelLang)}</span>,
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 320,
      ellipsis: { showTitle: false },
      render: (_, e) =>
        e.entityType ? (
          <span
            title={`${auditEntityLabel(e.entityType, labelLang)} ${e.entityName ?? ''} ${e.entityId ?? ''}`}
          >
            <Tag>{auditEntityLabel(e.entityType, labelLang)}</Tag>
            {e.entityId ? (
              <Link to={objectHistoryLink(e)} title={t('audit.objectHistory')}>
                {e.entityName ?? (
                  <span className="luoshi-mono" style={{ fontSize: 12 }}>
                    {e.entityId.slice(0, 8)}
                  </span>
                )}
              </Link>
            ) : null}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      key: 'ip',
      width: 130,
      ellipsis: { showTitle: true },
      render: (v: string | null) => <span className="luoshi-mono">{v ?? '—'}</span>,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('audit.title')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void runExport()}>
              {exporting ? t('audit.exporting') : t('audit.export')}
            </Button>
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              loading={verifying}
              onClick={() => void runVerify()}
            >
              {verifying ? t('audit.verifying') : t('audit.verify')}
            </Button>
          </>
        }
      />
      {verify ? (
        <Alert
          role="status"
          showIcon
          closable={{ onClose: () => setVerify(null) }}
          style={{ marginBottom: 16 }}
          type={verify.ok ? 'success' : 'error'}
          title={
            verify.ok ? (
              t('audit.verifyOk', { count: verify.checked.toLocaleString('zh-CN') })
            ) : (
              <Typography.Text strong style={{ color: '#cf1322' }}>
                {verify.firstBroken
                  ? t('audit.verifyBroken', {
                      seq: verify.firstBroken.seq,
                      reason: verify.firstBroken.reason,
                      count: verify.checked.toLocaleString('zh-CN'),
                    })
                  : // Not broken but not ok: a chain shorter than its signed anchor (audit-anchor.ts).
                    t('audit.verifyTruncated', {
                      end: verify.truncated?.endsAt?.seq ?? 0,
                      seq: verify.truncated?.anchor.seq ?? 0,
                      at: verify.truncated
                        ? new Date(verify.truncated.anchor.at).toLocaleString('zh-CN')
                        : '',
                    })}
              </Typography.Text>
            )
          }
        />
      ) : null}
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }} data-testid="audit-filters">
          <Select<string>
            value={filters.actorId || undefined}
            placeholder={t('audit.filterActor')}
            aria-label={t('audit.filterActor')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200, maxWidth: '100%' }}
            options={actors.map((a) => ({ value: a.id, label: a.unit ? `${a.name}（${a.unit}）` : a.name }))}
            onChange={(value) => setFilters({ actorId: value })}
          />
          <Select<string>
            value={filters.action || undefined}
            placeholder={t('audit.filterAction')}
            aria-label={t('audit.filterAction')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180, maxWidth: '100%' }}
            options={auditActions.map((a) => ({ value: a, label: auditActionLabel(a, labelLang) }))}
            onChange={(value) => setFilters({ action: value })}
          />
          <Select<string>
            value={filters.entityType || undefined}
            placeholder={t('audit.filterEntityType')}
            aria-label={t('audit.filterEntityType')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 140, maxWidth: '100%' }}
            options={auditEntityTypes.map((e) => ({ value: e, label: auditEntityLabel(e, labelLang) }))}
            onChange={(value) => setFilters({ entityType: value, entityId: null })}
          />
          {filters.entityId ? (
            <Input
              value={filters.entityId}
              aria-label={t('audit.filterEntityId')}
              readOnly
              allowClear
              style={{ width: 200, maxWidth: '100%' }}
              onChange={(e) => {
                if (!e.target.value) setFilters({ entityId: null });
              }}
            />
          ) : null}
          <DatePicker.RangePicker
            aria-label={t('audit.filterDates')}
            placeholder={[t('audit.filterFrom'), t('audit.filterTo')]}
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) =>
              setFilters({
                from: range?.[0]?.format('YYYY-MM-DD') ?? null,
                to: range?.[1]?.format('YYYY-MM-DD') ?? null,
              })
            }
          />
          {isFiltered ? <Button onClick={clearFilters}>{t('audit.clearFilters')}</Button> : null}
        </Flex>
        {loadError && items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, loadError) })}
          >
            <Button onClick={() => void load()}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <>
            <Table<AuditEvent>
              rowKey="id"
              size="middle"
              sticky
              loading={loading && items.length === 0}
              columns={columns}
              dataSource={items}
              scroll={{ x: 'max-content' }}
              pagination={false}
              expandable={{ expandedRowRender: (event) => <AuditDetail event={event} /> }}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t(isFiltered ? 'audit.emptyFiltered' : 'audit.empty')}
                  />
                ),
              }}
            />
            <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }} wrap>
              <Typography.Text type="secondary">{t('audit.shown', { count: items.length })}</Typography.Text>
              {nextBefore !== null ? (
                <Button loading={loading && items.length > 0} onClick={() => void load(nextBefore)}>
                  {t('audit.loadMore')}
                </Button>
              ) : items.length > 0 ? (
                <Typography.Text type="secondary">{t('audit.noMore')}</Typography.Text>
              ) : null}
              {loadError && items.length > 0 ? (
                <Typography.Text type="danger">
                  {t('common.loadFailed', { message: errorMessage(t, loadError) })}
                </Typography.Text>
              ) : null}
            </Flex>
          </>
        )}
      </Card>
    </>
  );
}

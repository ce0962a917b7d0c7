import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { auditApi } from '../api/endpoints';
import type { AuditEvent, AuditVerifyResult } from '../api/types';
import { AuditDetail } from '../features/audit/audit-diff';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useT } from '../i18n/i18n';

const PAGE = 50;

/** 审计日志: newest first, "load more" by seq, row diff, and chain verification. */
export function AuditPage() {
  const t = useT();
  const { message } = App.useApp();
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<AuditVerifyResult | null>(null);

  const load = useCallback(async (before?: number) => {
    setLoading(true);
    setLoadError(null);
    try {
      const page = await auditApi.list({ limit: PAGE, ...(before !== undefined ? { before } : {}) });
      setItems((prev) => (before === undefined ? page.items : [...prev, ...page.items]));
      setNextBefore(page.nextBefore);
    } catch (e) {
      setLoadError(e);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

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

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 80, align: 'right' },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      key: 'actor',
      width: 140,
      ellipsis: { showTitle: true },
      render: (v: string | null) => v ?? t('audit.system'),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 200,
      ellipsis: { showTitle: true },
      render: (v: string) => <span className="luoshi-mono">{v}</span>,
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 300,
      ellipsis: { showTitle: true },
      render: (_, e) => (
        <span title={`${e.entityType} ${e.entityId ?? ''}`}>
          <Tag>{e.entityType}</Tag>
          <span className="luoshi-mono" style={{ fontSize: 12 }}>
            {e.entityId ?? ''}
          </span>
        </span>
      ),
    },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      key: 'ip',
      width: 140,
      ellipsis: { showTitle: true },
      render: (v: string | null) => <span className="luoshi-mono">{v ?? '—'}</span>,
    },
  ];

  return (
    <>
      <PageTitle
        title={t('audit.title')}
        extra={
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={verifying}
            onClick={() => void runVerify()}
          >
            {verifying ? t('audit.verifying') : t('audit.verify')}
          </Button>
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
            verify.ok || !verify.firstBroken ? (
              t('audit.verifyOk', { count: verify.checked.toLocaleString('zh-CN') })
            ) : (
              <Typography.Text strong style={{ color: '#cf1322' }}>
                {t('audit.verifyBroken', {
                  seq: verify.firstBroken.seq,
                  reason: verify.firstBroken.reason,
                  count: verify.checked.toLocaleString('zh-CN'),
                })}
              </Typography.Text>
            )
          }
        />
      ) : null}
      <Card>
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
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />,
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

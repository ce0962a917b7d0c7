import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Progress,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { saveBlob } from '../api/client';
import { bulletinsApi, type Bulletin } from '../api/supervision';
import { useRequest } from '../api/use-request';
import { useMe } from '../features/auth/session';
import { applyServerErrors, errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { BulletinPreview } from '../features/bulletins/bulletin-preview';
import { BulletinRemarksCard } from '../features/bulletins/bulletin-remarks-card';
import { bulletinRemarksApi } from '../api/follow-bulletins';
import { PublicBulletinDrawer } from '../features/bulletins/public-bulletin-drawer';
import '../features/bulletins/bulletin.css';
import { currentPeriod, periodLabel, previousMonth } from '../features/tasks/period';
import { useT } from '../i18n/i18n';

interface GenerateValues {
  period: Dayjs | null;
  issuingOffice?: string;
}

/** A bar that creeps towards 90 % while the server works, then jumps to 100 % (the request gives no progress). */
function useCreepingProgress(active: boolean): number {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    if (!active) return;
    setPercent(5);
    const timer = window.setInterval(
      () => setPercent((p) => (p < 90 ? p + Math.max(1, Math.round((90 - p) / 8)) : p)),
      200,
    );
    return () => window.clearInterval(timer);
  }, [active]);
  return active ? percent : 0;
}

/** 生成通报: a month (not a future one) and optionally the issuing office. */
function GenerateCard({ onGenerated }: { onGenerated: (b: Bulletin) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<GenerateValues>();
  const [generating, setGenerating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const percent = useCreepingProgress(generating);
  const thisMonth = currentPeriod();

  const submit = async (v: GenerateValues) => {
    if (!v.period) return;
    setGenerating(true);
    setError(null);
    try {
      const created = await bulletinsApi.generate(
        v.period.format('YYYY-MM'),
        v.issuingOffice?.trim() || undefined,
      );
      message.success(t('bulletin.generated', { title: created.title, version: created.version }));
      onGenerated(created);
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['period', 'issuingOffice'])) setError(e);
    } finally {
      setGenerating(false);
    }
  };

  return (
    <Card title={t('bulletin.generate')} className="luoshi-bulletin-controls" style={{ marginBottom: 16 }}>
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(t, error)} />
      ) : null}
      <Form<GenerateValues>
        form={form}
        layout="inline"
        initialValues={{ period: dayjs(`${previousMonth(thisMonth)}-01`) }}
        onFinish={(v) => void submit(v)}
        disabled={generating}
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="period"
          label={t('bulletin.period')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('bulletin.period') }) }]}
        >
          <DatePicker
            picker="month"
            format="YYYY-MM"
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM') > thisMonth}
          />
        </Form.Item>
        <Form.Item name="issuingOffice" label={t('bulletin.issuingOffice')}>
          <Input
            placeholder={t('bulletin.issuingOfficePlaceholder')}
            maxLength={100}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={generating}>
            {t('bulletin.generate')}
          </Button>
        </Form.Item>
      </Form>
      {generating ? (
        <div role="status" aria-live="polite" style={{ marginTop: 12 }}>
          <Progress percent={percent} status="active" />
          <Typography.Text type="secondary">{t('bulletin.generating')}</Typography.Text>
        </div>
      ) : null}
    </Card>
  );
}

/**
 * 通报分析: the monthly bulletins generated so far (each a snapshot, versions kept) with their Word documents,
 * the generator for the office, and a printable preview of the figures of the one chosen.
 */
export function BulletinsPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const list = useRequest((signal) => bulletinsApi.list(signal), []);
  const [filters, setFilters] = useUrlFilters(['id'] as const);
  const [fresh, setFresh] = useState<Bulletin | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const items = list.data?.items ?? [];
  const shown = fresh && fresh.id === filters.id ? fresh : (items.find((b) => b.id === filters.id) ?? null);
  const canGenerate = me.abilities.generateBulletins;
  const [publishing, setPublishing] = useState<string | null>(null);
  const [publicOf, setPublicOf] = useState<string | null>(null);

  // 印发: a draft goes to every unit's inbox, and its criticisms count in the assessment (issue 16).
  const publish = async (b: Bulletin) => {
    setPublishing(b.id);
    try {
      await bulletinRemarksApi.publish(b.id);
      message.success(t('bulletin.publishedOk'));
      setFresh(null);
      list.reload();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setPublishing(null);
    }
  };

  const download = async (b: Bulletin) => {
    setDownloading(b.id);
    try {
      const { blob, fileName } = await bulletinsApi.document(b.id);
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setDownloading(null);
    }
  };

  return (
    <div className="luoshi-bulletin-page">
      <PageTitle
        title={t('bulletin.title')}
        extra={
          shown ? (
            <span className="luoshi-bulletin-controls">
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('bulletin.print')}
              </Button>
            </span>
          ) : null
        }
      />
      {canGenerate ? (
        <GenerateCard
          onGenerated={(b) => {
            setFresh(b);
            setFilters({ id: b.id });
            list.reload();
            window.setTimeout(
              () => previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
              100,
            );
          }}
        />
      ) : null}
      <Card title={t('bulletin.list')} className="luoshi-bulletin-controls" style={{ marginBottom: 16 }}>
        {list.error && !list.loading ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
          >
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <Table<Bulletin>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={items}
            tableLayout="fixed"
            scroll={{ x: canGenerate ? 1090 : 950 }}
            pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
            rowClassName={(b) => (b.id === shown?.id ? 'ant-table-row-selected' : '')}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bulletin.empty')} />,
            }}
            columns={[
              {
                title: t('bulletin.colTitle'),
                dataIndex: 'title',
                key: 'title',
                ellipsis: { showTitle: true },
              },
              {
                title: t('bulletin.colPeriod'),
                key: 'period',
                width: 110,
                render: (_, b) => periodLabel(t, b.period),
              },
              {
                title: t('bulletin.colIssue'),
                key: 'issue',
                width: 110,
                render: (_, b) =>
                  b.issueNumber
                    ? t('bulletin.issueOfYear', { year: b.issueYear ?? '', n: b.issueNumber })
                    : '—',
              },
              {
                title: t('bulletin.colVersion'),
                key: 'version',
                width: 80,
                render: (_, b) => t('bulletin.versionN', { version: b.version }),
              },
              {
                title: t('bulletin.colStatus'),
                key: 'status',
                width: 100,
                render: (_, b) =>
                  b.status === 'draft' ? (
                    <Tag color="gold">{t('bulletin.status.draft')}</Tag>
                  ) : (
                    <Flex gap={2} wrap>
                      <Tag color="green">{t('bulletin.status.published')}</Tag>
                      {b.isPublic ? <Tag color="blue">{t('publicBulletin.tag')}</Tag> : null}
                    </Flex>
                  ),
              },
              { title: t('bulletin.colAsOf'), dataIndex: 'asOf', key: 'asOf', width: 110 },
              {
                title: t('bulletin.colCreatedAt'),
                key: 'createdAt',
                width: 150,
                render: (_, b) => formatDateTime(b.createdAt),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: canGenerate ? 330 : 190,
                fixed: 'right',
                render: (_, b) => (
                  <Flex gap={4} wrap>
                    {b.abilities.publish ? (
                      <Popconfirm title={t('bulletin.publishConfirm')} onConfirm={() => void publish(b)}>
                        <Button size="small" type="primary" loading={publishing === b.id}>
                          {t('bulletin.publish')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                    {b.abilities.setPublic ? (
                      <Button size="small" onClick={() => setPublicOf(b.id)}>
                        {t('publicBulletin.open')}
                      </Button>
                    ) : null}
                    <Button size="small" onClick={() => setFilters({ id: b.id })}>
                      {t('bulletin.preview')}
                    </Button>
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      loading={downloading === b.id}
                      onClick={() => void download(b)}
                    >
                      {t('bulletin.download')}
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
      {publicOf ? (
        <PublicBulletinDrawer
          bulletinId={publicOf}
          open
          onClose={() => setPublicOf(null)}
          onChanged={list.reload}
        />
      ) : null}
      <div ref={previewRef}>
        {shown ? <BulletinRemarksCard bulletin={shown} /> : null}
        {shown ? <BulletinPreview bulletin={shown} /> : null}
      </div>
    </div>
  );
}

import {
  Alert,
  App,
  Button,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { rectificationsApi, type Rectification, type SupervisionCase } from '../../api/supervision';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { applyServerErrors, errorMessage } from '../common/errors';
import { useUrlFilters } from '../common/use-url-filters';
import { DeadlineTag } from './deadline-tag';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { CommentModal } from '../execution/comment-modal';
import { InspectionFormDrawer } from './inspection-form';
import { RECT_STATUS_COLORS, rectStatusLabel } from './labels';
import { OwnedEvidence } from '../acceptance/report-evidence';
import { EvidenceUpload } from '../common/evidence-upload';

/** 提交整改: the unit's measures and evidence. */
function SubmitModal({
  item,
  onClose,
  onDone,
}: {
  item: Rectification | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ measures: string; evidence?: string; attachmentIds?: string[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (item) {
      setError(null);
      // Files already sent are evidence now; the uploader starts empty for each submission.
      form.setFieldsValue({
        measures: item.measures ?? '',
        evidence: item.evidence ?? '',
        attachmentIds: [],
      });
    }
  }, [item]);
  const submit = async (v: { measures: string; evidence?: string; attachmentIds?: string[] }) => {
    if (!item) return;
    setSaving(true);
    setError(null);
    try {
      await rectificationsApi.submit(item.id, {
        measures: v.measures.trim(),
        evidence: v.evidence?.trim() || null,
        attachmentIds: v.attachmentIds ?? [],
        version: item.version,
      });
      message.success(t('rect.submitted'));
      onDone();
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['measures', 'evidence'])) setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={item !== null}
      title={t('rect.submitTitle')}
      okText={t('rect.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {item ? <Typography.Paragraph type="secondary">{item.finding}</Typography.Paragraph> : null}
      {item?.reviewComment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('rect.reviewComment')}：${item.reviewComment}`}
        />
      ) : null}
      {error ? (
        isVersionConflict(error) ? (
          <VersionConflictAlert error={error} onReload={onDone} />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 12 }}
            title={errorMessage(t, error)}
          />
        )
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="measures"
          label={t('rect.measures')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('rect.measures') }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={20_000}
            placeholder={t('rect.measuresPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="evidence" label={t('rect.evidence')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={20_000}
            placeholder={t('rect.evidencePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('evidence.title')}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The deadline, red with 逾期 when the server says the rectification is overdue. */
function RectDeadline({ item }: { item: Rectification }) {
  const t = useT();
  if (!item.isOverdue)
    return (
      <span>
        {item.deadline}
        <DeadlineTag item={item} />
      </span>
    );
  return (
    <span style={{ color: '#cf1322', fontWeight: 600 }}>
      {item.deadline}{' '}
      <Tag color="error" style={{ marginInlineEnd: 0 }}>
        {item.daysLeft !== null ? t('deadline.overdueDays', { n: -item.daysLeft }) : t('rect.overdue')}
      </Tag>
    </span>
  );
}

/** 整改: findings to rectify; the unit submits, the office verifies (销号) or rejects. */
export function RectificationsTab({ cases }: { cases: readonly SupervisionCase[] }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  // id: one rectification, as a link from the cockpit or the inbox shows it.
  const [filters, setFilters] = useUrlFilters(['tab', 'overdue', 'id', 'deadline'] as const);
  const list = useRequest((signal) => rectificationsApi.list(signal), []);
  const [recording, setRecording] = useState(false);
  const [submitting, setSubmitting] = useState<Rectification | null>(null);
  const [rejecting, setRejecting] = useState<Rectification | null>(null);
  const isSupervisor = me.abilities.manageSupervision;
  const items = (list.data?.items ?? []).filter(
    (r) =>
      (filters.overdue !== '1' || r.isOverdue) &&
      (!filters.deadline || r.deadlineState === filters.deadline) &&
      (!filters.id || r.id === filters.id),
  );

  const verify = async (item: Rectification) => {
    try {
      await rectificationsApi.verify(item.id, { decision: 'verify', version: item.version });
      message.success(t('rect.verified'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
    list.reload();
  };

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" wrap>
          <Checkbox
            checked={filters.overdue === '1'}
            onChange={(e) => setFilters({ overdue: e.target.checked ? '1' : null })}
          >
            {t('rect.onlyOverdue')}
          </Checkbox>
          {filters.id ? (
            <Tag closable onClose={() => setFilters({ id: null })}>
              {t('rect.onlyThis')}
            </Tag>
          ) : null}
        </Flex>
        {isSupervisor ? (
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('inspection.record')}
          </Button>
        ) : null}
      </Flex>
      {list.error && !list.loading ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
        >
          <Button onClick={list.reload}>{t('common.retry')}</Button>
        </Empty>
      ) : (
        <Table<Rectification>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={items}
          tableLayout="fixed"
          scroll={{ x: 960 }}
          pagination={{
            defaultPageSize: 20,
            pageSizeOptions: [20, 50, 100],
            showSizeChanger: true,
            hideOnSinglePage: true,
          }}
          rowClassName={(r) => (r.isOverdue ? 'luoshi-row-overdue' : '')}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t(isSupervisor ? 'rect.empty' : 'rect.emptyUnit')}
              />
            ),
          }}
          columns={[
            {
              title: t('rect.finding'),
              key: 'finding',
              ellipsis: { showTitle: false },
              render: (_, r) => (
                <Tooltip
                  title={<span style={{ whiteSpace: 'pre-wrap' }}>{r.finding}</span>}
                  placement="topLeft"
                >
                  <span>{r.finding}</span>
                </Tooltip>
              ),
            },
            {
              title: t('rect.unit'),
              dataIndex: 'unitName',
              key: 'unit',
              width: 150,
              ellipsis: { showTitle: true },
            },
            {
              title: t('rect.deadline'),
              key: 'deadline',
              width: 150,
              render: (_, r) => <RectDeadline item={r} />,
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 90,
              render: (_, r) => (
                <Tag color={RECT_STATUS_COLORS[r.status]}>{rectStatusLabel(t, r.status)}</Tag>
              ),
            },
            {
              title: t('rect.measures'),
              key: 'measures',
              ellipsis: { showTitle: false },
              render: (_, r) => {
                const text =
                  r.measures ?? (r.reviewComment ? `${t('rect.reviewComment')}：${r.reviewComment}` : '—');
                return (
                  <Tooltip
                    title={
                      <span style={{ whiteSpace: 'pre-wrap' }}>
                        {[r.measures, r.evidence, r.reviewComment].filter(Boolean).join('\n')}
                      </span>
                    }
                    placement="topLeft"
                  >
                    <span>{text}</span>
                  </Tooltip>
                );
              },
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 140,
              fixed: 'right',
              render: (_, r) => (
                <Flex gap={4} wrap>
                  {r.abilities.submit ? (
                    <Button size="small" type="primary" onClick={() => setSubmitting(r)}>
                      {t('rect.submit')}
                    </Button>
                  ) : null}
                  {r.abilities.verify ? (
                    <Popconfirm
                      title={t('rect.verifyConfirm')}
                      description={
                        <OwnedEvidence ownerKind="rectification" ownerId={r.id} version={r.version} />
                      }
                      okText={t('rect.verify')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => void verify(r)}
                    >
                      <Button size="small" type="primary">
                        {t('rect.verify')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {r.abilities.reject ? (
                    <Button size="small" onClick={() => setRejecting(r)}>
                      {t('rect.reject')}
                    </Button>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      )}
      <SubmitModal
        item={submitting}
        onClose={() => setSubmitting(null)}
        onDone={() => {
          setSubmitting(null);
          list.reload();
        }}
      />
      <CommentModal
        open={rejecting !== null}
        title={t('rect.rejectTitle')}
        label={t('rect.rejectComment')}
        required
        danger
        okText={t('rect.reject')}
        description={rejecting?.finding}
        onSubmit={async (comment) => {
          if (!rejecting) return;
          await rectificationsApi.verify(rejecting.id, {
            decision: 'reject',
            comment,
            version: rejecting.version,
          });
          message.success(t('rect.rejected'));
          list.reload();
        }}
        onClose={() => setRejecting(null)}
        onReload={list.reload}
      />
      <InspectionFormDrawer
        open={recording}
        cases={cases}
        onClose={() => setRecording(false)}
        onSaved={() => {
          setRecording(false);
          list.reload();
        }}
      />
    </>
  );
}

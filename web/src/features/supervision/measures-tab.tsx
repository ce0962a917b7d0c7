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
  Modal,
  Select,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  ACCOUNTABILITY_TYPES,
  measuresApi,
  type AccountabilityType,
  type MeasureRecord,
  type SupervisionCase,
} from '../../api/supervision';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { applyServerErrors, errorMessage } from '../common/errors';
import { UnitSelect } from '../tasks/pickers';
import { accountabilityTypeLabel, today } from './labels';

type Kind = 'interview' | 'accountability';

interface MeasureValues {
  type?: AccountabilityType;
  date: Dayjs | null;
  unitId: string | null;
  person?: string;
  reason: string;
  caseId?: string | null;
}

/** 记录约谈 / 记录问责: date, unit, person, reason, the case it follows from. */
function MeasureFormModal({
  kind,
  open,
  cases,
  onClose,
  onSaved,
}: {
  kind: Kind;
  open: boolean;
  cases: readonly SupervisionCase[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { units } = useAllUnits();
  const [form] = Form.useForm<MeasureValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isInterview = kind === 'interview';
  const personLabel = t(isInterview ? 'measure.interviewPerson' : 'measure.accountabilityPerson');
  const reasonLabel = t(isInterview ? 'measure.interviewReason' : 'measure.accountabilityReason');

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ date: dayjs(today()) });
  }, [open]);

  const submit = async (v: MeasureValues) => {
    setSaving(true);
    setError(null);
    const common = {
      date: v.date ? v.date.format('YYYY-MM-DD') : '',
      unitId: v.unitId ?? '',
      reason: v.reason.trim(),
      caseId: v.caseId ?? null,
    };
    try {
      if (isInterview) await measuresApi.recordInterview({ ...common, person: (v.person ?? '').trim() });
      else
        await measuresApi.recordAccountability({
          ...common,
          type: v.type ?? 'circulated_criticism',
          person: v.person?.trim() || null,
        });
      message.success(t('measure.saved'));
      onSaved();
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['type', 'date', 'unitId', 'person', 'reason', 'caseId']))
        setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(isInterview ? 'measure.recordInterview' : 'measure.recordAccountability')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={600}
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={errorMessage(t, error)}
        />
      ) : null}
      <Form<MeasureValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(v) => void submit(v)}
      >
        {!isInterview ? (
          <Form.Item
            name="type"
            label={t('measure.type')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('measure.type') }) }]}
          >
            <Select
              options={ACCOUNTABILITY_TYPES.map((v) => ({ value: v, label: accountabilityTypeLabel(t, v) }))}
            />
          </Form.Item>
        ) : null}
        <Flex gap={16} wrap>
          <Form.Item
            name="date"
            label={t('measure.date')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('measure.date') }) }]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('measure.unit')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('measure.unit') }) }]}
            style={{ flex: '2 1 240px' }}
          >
            <UnitSelect units={units} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="person"
          label={personLabel}
          rules={
            isInterview
              ? [{ required: true, whitespace: true, message: t('common.required', { field: personLabel }) }]
              : []
          }
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: reasonLabel }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="caseId" label={t('inspection.case')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={cases.map((c) => ({ value: c.id, label: c.title }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MeasureList({ kind, cases }: { kind: Kind; cases: readonly SupervisionCase[] }) {
  const t = useT();
  const me = useMe();
  const { byId: unitsById } = useAllUnits();
  const list = useRequest(
    (signal) => (kind === 'interview' ? measuresApi.interviews(signal) : measuresApi.accountability(signal)),
    [kind],
  );
  const [recording, setRecording] = useState(false);
  const caseTitle = new Map(cases.map((c) => [c.id, c.title]));
  const isInterview = kind === 'interview';

  return (
    <Card
      title={t(isInterview ? 'measure.interviews' : 'measure.accountability')}
      extra={
        me.abilities.manageSupervision ? (
          <Button size="small" type="primary" onClick={() => setRecording(true)}>
            {t(isInterview ? 'measure.recordInterview' : 'measure.recordAccountability')}
          </Button>
        ) : null
      }
    >
      {list.error && !list.loading ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('common.loadFailed', { message: errorMessage(t, list.error) })}
        >
          <Button onClick={list.reload}>{t('common.retry')}</Button>
        </Empty>
      ) : (
        <Table<MeasureRecord>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          tableLayout="fixed"
          scroll={{ x: 760 }}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t(isInterview ? 'measure.interviewsEmpty' : 'measure.accountabilityEmpty')}
              />
            ),
          }}
          columns={[
            { title: t('measure.date'), dataIndex: 'date', key: 'date', width: 110 },
            ...(isInterview
              ? []
              : [
                  {
                    title: t('measure.type'),
                    key: 'type',
                    width: 110,
                    render: (_: unknown, r: MeasureRecord) =>
                      r.type ? <Tag>{accountabilityTypeLabel(t, r.type)}</Tag> : '—',
                  },
                ]),
            {
              title: t('measure.unit'),
              key: 'unit',
              width: 160,
              ellipsis: true,
              render: (_, r) => unitsById.get(r.unitId)?.name ?? '—',
            },
            {
              title: t('measure.person'),
              key: 'person',
              width: 110,
              ellipsis: true,
              render: (_, r) => r.person ?? '—',
            },
            {
              title: t('measure.reason'),
              key: 'reason',
              ellipsis: { showTitle: false },
              render: (_, r) => (
                <Tooltip title={r.reason} placement="topLeft">
                  <span>{r.reason}</span>
                </Tooltip>
              ),
            },
            {
              title: t('measure.link'),
              key: 'link',
              width: 180,
              ellipsis: { showTitle: false },
              render: (_, r) =>
                r.caseId ? (
                  <Tooltip title={caseTitle.get(r.caseId)} placement="topLeft">
                    <Link to={`/supervision/cases/${r.caseId}`}>
                      {caseTitle.get(r.caseId) ?? t('measure.linkCase')}
                    </Link>
                  </Tooltip>
                ) : r.taskId ? (
                  <Link to={`/tasks/${r.taskId}`}>{t('measure.linkTask')}</Link>
                ) : r.rectificationId ? (
                  t('measure.linkRect')
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
      <MeasureFormModal
        kind={kind}
        open={recording}
        cases={cases}
        onClose={() => setRecording(false)}
        onSaved={() => {
          setRecording(false);
          list.reload();
        }}
      />
    </Card>
  );
}

/** 约谈与问责: the two registers, each with its 记录 form for the office. */
export function MeasuresTab({ cases }: { cases: readonly SupervisionCase[] }) {
  return (
    <Flex vertical gap={16}>
      <MeasureList kind="interview" cases={cases} />
      <MeasureList kind="accountability" cases={cases} />
    </Flex>
  );
}

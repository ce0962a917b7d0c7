import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError, isApiError } from '../../api/client';
import { tasksApi } from '../../api/endpoints';
import {
  COMPARATORS,
  TASK_SOURCES,
  type Comparator,
  type Leader,
  type MilestoneInput,
  type Task,
  type TargetInput,
  type TaskChanges,
  type TaskSource,
  type Unit,
} from '../../api/types';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { sourceLabel } from '../tasks/labels';
import { LeaderSelect, UnitSelect, UnitsSelect } from '../tasks/pickers';

interface TargetValues {
  indicator: string;
  comparator: Comparator;
  targetValue: number | null;
  targetValueMax: number | null;
  unit: string;
  /** Kept as they were: the drawer does not edit them, but the PATCH replaces the whole list. */
  baseline: number | null;
  deadline: string | null;
}

interface MilestoneValues {
  title: string;
  dueDate: Dayjs | null;
  weight: number | null;
}

interface Values {
  title: string;
  content: string;
  category: string;
  source: TaskSource;
  leadUnitId: string | null;
  coUnitIds: string[];
  leadLeaderId: string | null;
  responsiblePerson: string;
  startDate: Dayjs | null;
  dueDate: Dayjs | null;
  isKey: boolean;
  targets: TargetValues[];
  milestones: MilestoneValues[];
}

const FIELDS = [
  'title',
  'content',
  'category',
  'source',
  'leadUnitId',
  'coUnitIds',
  'leadLeaderId',
  'responsiblePerson',
  'startDate',
  'dueDate',
  'isKey',
  'targets',
  'milestones',
] as const;

const day = (value: string | null) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function toValues(task: Task): Values {
  return {
    title: task.title,
    content: task.content ?? '',
    category: task.category ?? '',
    source: task.source,
    leadUnitId: task.leadUnitId,
    coUnitIds: task.coUnitIds,
    leadLeaderId: task.leadLeaderId,
    responsiblePerson: task.responsiblePerson ?? '',
    startDate: day(task.startDate),
    dueDate: day(task.dueDate),
    isKey: task.isKey,
    targets: task.targets.map((g) => ({
      indicator: g.indicator,
      comparator: g.comparator,
      targetValue: g.targetValue,
      targetValueMax: g.targetValueMax,
      unit: g.unit,
      baseline: g.baseline,
      deadline: g.deadline,
    })),
    milestones: task.milestones.map((m) => ({ title: m.title, dueDate: day(m.dueDate), weight: m.weight })),
  };
}

function targetInputs(targets: readonly TargetValues[]): TargetInput[] {
  return targets.map((g) => ({
    indicator: g.indicator.trim(),
    unit: (g.unit ?? '').trim(),
    comparator: g.comparator,
    targetValue: g.targetValue ?? null,
    targetValueMax: g.comparator === 'range' ? (g.targetValueMax ?? null) : null,
    baseline: g.baseline ?? null,
    deadline: g.deadline ?? null,
  }));
}

function milestoneInputs(milestones: readonly MilestoneValues[]): MilestoneInput[] {
  return milestones.map((m) => ({
    title: m.title.trim(),
    dueDate: iso(m.dueDate) ?? '',
    weight: m.weight ?? null,
  }));
}

/** The server names a co-unit by index (coUnitIds.2); the form has one field for all of them. */
function forForm(e: unknown): unknown {
  if (!isApiError(e)) return e;
  const fields = e.fieldErrors.map((f) =>
    f.path.startsWith('coUnitIds.') ? { ...f, path: 'coUnitIds' } : f,
  );
  return new ApiError(e.status, e.code, e.message, { ...e.details, fields });
}

/** Only what changed goes to the server (targets and milestones replace the lists, so only when edited). */
function changesOf(task: Task, v: Values): TaskChanges {
  const before = toValues(task);
  const out: TaskChanges = {};
  if (v.title.trim() !== task.title) out.title = v.title.trim();
  if ((v.content ?? '') !== before.content) out.content = v.content ? v.content : null;
  if ((v.category ?? '').trim() !== before.category) out.category = v.category?.trim() || null;
  if (v.source !== task.source) out.source = v.source;
  if ((v.leadUnitId ?? null) !== task.leadUnitId) out.leadUnitId = v.leadUnitId ?? null;
  if (JSON.stringify(v.coUnitIds ?? []) !== JSON.stringify(task.coUnitIds)) out.coUnitIds = v.coUnitIds ?? [];
  if ((v.leadLeaderId ?? null) !== task.leadLeaderId) out.leadLeaderId = v.leadLeaderId ?? null;
  if ((v.responsiblePerson ?? '').trim() !== before.responsiblePerson)
    out.responsiblePerson = v.responsiblePerson?.trim() || null;
  if (iso(v.startDate) !== task.startDate) out.startDate = iso(v.startDate);
  if (iso(v.dueDate) !== task.dueDate) out.dueDate = iso(v.dueDate);
  if (v.isKey !== task.isKey) out.isKey = v.isKey;
  const targets = targetInputs(v.targets ?? []);
  if (JSON.stringify(targets) !== JSON.stringify(targetInputs(before.targets))) out.targets = targets;
  const milestones = milestoneInputs(v.milestones ?? []);
  if (JSON.stringify(milestones) !== JSON.stringify(milestoneInputs(before.milestones)))
    out.milestones = milestones;
  return out;
}

/**
 * Edit one task: title, text, assignment, dates, targets and milestones. A 422 puts the server's words beside
 * the fields; a 409 says who changed it and offers the latest version; what was typed stays.
 */
export function TaskEditDrawer({
  task,
  units,
  leaders,
  onClose,
  onSaved,
}: {
  task: Task | null;
  units: readonly Unit[];
  leaders: readonly Leader[];
  onClose: () => void;
  onSaved: (task: Task) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [baseline, setBaseline] = useState<Task | null>(task);
  const [conflict, setConflict] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const leadUnitId = Form.useWatch('leadUnitId', form);

  useEffect(() => {
    if (!task) return;
    setBaseline(task);
    setConflict(null);
    form.resetFields();
    form.setFieldsValue(toValues(task));
  }, [task, form]);

  const reloadLatest = async () => {
    if (!baseline) return;
    setReloading(true);
    try {
      const latest = await tasksApi.get(baseline.id);
      setBaseline(latest);
      setConflict(null);
      form.setFieldsValue(toValues(latest));
      onSaved(latest);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setReloading(false);
    }
  };

  const onFinish = async (values: Values) => {
    if (!baseline) return;
    const changes = changesOf(baseline, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setConflict(null);
    try {
      const saved = await tasksApi.update(baseline.id, { version: baseline.version, ...changes });
      message.success(t('task.saved'));
      onSaved(saved);
      onClose();
    } catch (e) {
      if (isVersionConflict(e)) setConflict(e);
      else if (!applyServerErrors(form, forForm(e), {}, FIELDS)) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      title={baseline?.code ? t('task.editTitleCode', { code: baseline.code }) : t('task.editTitle')}
      size={640}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {conflict ? <VersionConflictAlert error={conflict} onReload={() => void reloadLatest()} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={saving || reloading}
        initialValues={task ? toValues(task) : undefined}
        scrollToFirstError
      >
        <Form.Item
          label={t('task.title')}
          name="title"
          rules={[required(t('task.title')), { max: 500, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item label={t('task.content')} name="content">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('task.leadUnit')}
              name="leadUnitId"
              extra={baseline?.status === 'draft' ? t('task.leadUnitHint') : undefined}
              rules={baseline && baseline.status !== 'draft' ? [required(t('task.leadUnit'))] : []}
            >
              <UnitSelect units={units} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('task.coUnits')}
              name="coUnitIds"
              rules={[
                {
                  validator: (_, value: string[] | undefined) =>
                    leadUnitId && (value ?? []).includes(leadUnitId)
                      ? Promise.reject(new Error(t('task.coUnitIsLead')))
                      : Promise.resolve(),
                },
              ]}
              dependencies={['leadUnitId']}
            >
              <UnitsSelect units={units} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('task.leadLeader')} name="leadLeaderId">
              <LeaderSelect leaders={leaders} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('task.responsiblePerson')} name="responsiblePerson" rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label={t('task.startDate')} name="startDate">
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              label={t('task.dueDate')}
              name="dueDate"
              dependencies={['startDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null) => {
                    const start = getFieldValue('startDate') as Dayjs | null;
                    return value && start && value.isBefore(start, 'day')
                      ? Promise.reject(new Error(t('task.dueBeforeStart')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('task.source')} name="source">
              <Select options={TASK_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item label={t('task.category')} name="category" rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={4}>
            <Form.Item label={t('task.isKey')} name="isKey" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('task.targets')}
        </Divider>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <TargetRow key={field.key} name={field.name} onRemove={() => remove(field.name)} />
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    indicator: '',
                    comparator: '>=',
                    targetValue: null,
                    targetValueMax: null,
                    unit: '',
                    baseline: null,
                    deadline: null,
                  } satisfies TargetValues)
                }
              >
                {t('task.addTarget')}
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start" plain>
          {t('task.milestones')}
        </Divider>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[field.name, 'title']}
                    style={{ flex: 1 }}
                    rules={[required(t('task.milestoneTitle'))]}
                  >
                    <Input placeholder={t('task.milestoneTitle')} aria-label={t('task.milestoneTitle')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueDate']} rules={[required(t('task.milestoneDue'))]}>
                    <DatePicker format="YYYY-MM-DD" placeholder={t('task.milestoneDue')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('task.removeMilestone')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ title: '', dueDate: null, weight: null } satisfies MilestoneValues)}
              >
                {t('task.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
        {baseline?.content ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
            {t('task.editHint')}
          </Typography.Paragraph>
        ) : null}
      </Form>
    </Drawer>
  );
}

/** One quantified target: indicator, comparator, value (or a range), unit. */
function TargetRow({ name, onRemove }: { name: number; onRemove: () => void }) {
  const t = useT();
  const comparator = Form.useWatch(['targets', name, 'comparator']) as Comparator | undefined;
  return (
    <Flex gap={8} align="flex-start" wrap style={{ marginBottom: 4 }}>
      <Form.Item
        name={[name, 'indicator']}
        style={{ flex: '2 1 180px', marginBottom: 12 }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('task.indicator') }) },
        ]}
      >
        <Input placeholder={t('task.indicator')} aria-label={t('task.indicator')} maxLength={200} />
      </Form.Item>
      <Form.Item name={[name, 'comparator']} style={{ width: 96, marginBottom: 12 }}>
        <Select
          aria-label={t('task.comparator')}
          options={COMPARATORS.map((c) => ({ value: c, label: t(`task.comparator.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name={[name, 'targetValue']} style={{ width: 110, marginBottom: 12 }}>
        <InputNumber
          placeholder={t('task.targetValue')}
          aria-label={t('task.targetValue')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {comparator === 'range' ? (
        <Form.Item name={[name, 'targetValueMax']} style={{ width: 110, marginBottom: 12 }}>
          <InputNumber
            placeholder={t('task.targetValueMax')}
            aria-label={t('task.targetValueMax')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : null}
      <Form.Item name={[name, 'unit']} style={{ width: 90, marginBottom: 12 }} rules={[{ max: 20 }]}>
        <Input placeholder={t('task.unit')} aria-label={t('task.unit')} maxLength={20} />
      </Form.Item>
      <Form.Item name={[name, 'baseline']} hidden>
        <InputNumber />
      </Form.Item>
      <Form.Item name={[name, 'deadline']} hidden>
        <Input />
      </Form.Item>
      <Button
        type="text"
        icon={<MinusCircleOutlined />}
        aria-label={t('task.removeTarget')}
        onClick={onRemove}
      />
    </Flex>
  );
}

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
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import { TASK_SOURCES, type Leader, type Task, type Unit } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { sourceLabel } from '../tasks/labels';
import { LeaderSelect, UnitSelect, UnitsSelect } from '../tasks/pickers';
import {
  changesOf,
  FIELDS,
  forForm,
  toValues,
  type MilestoneValues,
  type TargetValues,
  type Values,
} from './task-edit-values';
import { TargetRow } from './task-target-row';

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

import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { subtasksApi, type SubtaskTree } from '../../api/subtasks';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';

interface Values {
  title: string;
  content?: string;
  sectionId?: string;
  assigneeId?: string;
  startDate?: Dayjs;
  dueDate: Dayjs;
  weight: number;
}

const FIELDS = ['title', 'content', 'sectionId', 'assigneeId', 'startDate', 'dueDate', 'weight'] as const;

/**
 * 分解到科室/个人: title, the section (a child of the unit) and/or a person of the unit or that section, and
 * dates the picker keeps inside the task's; the server's 422 shows beside the field it names.
 */
export function SubtaskFormModal({
  tree,
  open,
  onClose,
  onSaved,
}: {
  tree: SubtaskTree;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const sectionId = Form.useWatch('sectionId', form);
  const { sections, people } = tree.options;
  const sectionIds = new Set(sections.map((s) => s.id));
  // With a section chosen: its people and the unit's own; without: everyone of the unit and its sections.
  const personOptions = people
    .filter((p) => !sectionId || p.unitId === sectionId || !sectionIds.has(p.unitId))
    .map((p) => ({
      value: p.id,
      label: sectionIds.has(p.unitId)
        ? `${p.name}（${sections.find((s) => s.id === p.unitId)?.name ?? ''}）`
        : p.name,
    }));
  const outside = (d: Dayjs) =>
    (tree.taskStartDate !== null && d.isBefore(dayjs(tree.taskStartDate), 'day')) ||
    (tree.taskDueDate !== null && d.isAfter(dayjs(tree.taskDueDate), 'day'));

  const save = async (v: Values) => {
    setSaving(true);
    try {
      await subtasksApi.create(tree.taskId, {
        title: v.title,
        content: v.content?.trim() ? v.content : null,
        sectionId: v.sectionId ?? null,
        assigneeId: v.assigneeId ?? null,
        startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null,
        dueDate: v.dueDate.format('YYYY-MM-DD'),
        weight: v.weight,
      });
      void message.success(t('subtask.created'));
      form.resetFields();
      onSaved();
    } catch (e) {
      if (!applyServerErrors(form, e, {}, FIELDS)) void message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('subtask.split')}
      okText={t('subtask.save')}
      cancelText={t('subtask.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        name="subtask"
        layout="vertical"
        initialValues={{ weight: 1 }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item
          name="title"
          label={t('subtask.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('subtask.name') }) },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="content" label={t('subtask.content')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="sectionId"
          label={t('subtask.section')}
          dependencies={['assigneeId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value || getFieldValue('assigneeId')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('subtask.pickHolder'))),
            }),
          ]}
        >
          <Select
            allowClear
            options={sections.map((s) => ({ value: s.id, label: s.name }))}
            onChange={() => form.setFieldValue('assigneeId', undefined)}
          />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('subtask.assignee')}>
          <Select allowClear showSearch optionFilterProp="label" options={personOptions} />
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t('subtask.startDate')}
          extra={t('subtask.datesHint', { start: tree.taskStartDate ?? '—', due: tree.taskDueDate ?? '—' })}
        >
          <DatePicker disabledDate={outside} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('subtask.dueDate')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('subtask.dueDate') }) }]}
        >
          <DatePicker disabledDate={outside} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="weight" label={t('subtask.weight')} extra={t('subtask.weightHint')}>
          <InputNumber min={1} max={100} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, App, Form, Input, Modal, Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { achievementsApi, type Achievement } from '../../api/assessment';
import { tasksApi } from '../../api/endpoints';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';

export type TaskOption = { value: string; label: string };
export const taskLabel = (task: { code: string | null; title: string }) =>
  task.code ? `${task.code} ${task.title}` : task.title;

/** Searches published tasks by code or title as the user types. */
export function TaskPicker({
  id,
  value,
  onChange,
  initial,
}: {
  /** From Form.Item, so the label points at the search box. */
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  initial: TaskOption[];
}) {
  const t = useT();
  const [options, setOptions] = useState<TaskOption[]>(initial);
  const known = useRef(new Map(initial.map((o) => [o.value, o])));
  const [searching, setSearching] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setSearching(true);
      tasksApi
        .list({ q: q || undefined, pageSize: 20 })
        .then(({ items }) => {
          const found = items
            .filter((x) => x.status !== 'draft' && x.status !== 'cancelled')
            .map((x) => ({ value: x.id, label: taskLabel(x) }));
          for (const o of found) known.current.set(o.value, o);
          const ids = new Set(found.map((o) => o.value));
          const chosen = (value ?? [])
            .map((id) => known.current.get(id))
            .filter((o): o is TaskOption => o !== undefined && !ids.has(o.value));
          setOptions([...chosen, ...found]);
        })
        .catch(() => undefined)
        .finally(() => setSearching(false));
    }, 250);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: search }}
      onFocus={() => search('')}
      options={options}
      placeholder={t('achievement.pickTasks')}
      notFoundContent={searching ? <Spin size="small" /> : undefined}
      maxTagCount="responsive"
      allowClear
    />
  );
}

export interface Values {
  title: string;
  description?: string;
  evidence?: string;
  taskIds?: string[];
}

/** 申报 or 修改 an achievement: what, description, evidence, linked tasks. */
export function AchievementModal({
  open,
  year,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  year: number;
  editing: Achievement | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    if (editing)
      form.setFieldsValue({
        title: editing.title,
        description: editing.description ?? '',
        evidence: editing.evidence ?? '',
        taskIds: editing.taskIds,
      });
  }, [open, editing]);
  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    const body = {
      title: v.title.trim(),
      description: v.description?.trim() || null,
      evidence: v.evidence?.trim() || null,
      taskIds: v.taskIds ?? [],
    };
    try {
      if (editing) {
        await achievementsApi.update(editing.id, { ...body, version: editing.version });
        message.success(t('achievement.updated'));
      } else {
        await achievementsApi.declare({ year, ...body });
        message.success(t('achievement.declared'));
      }
      onSaved();
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['title', 'description', 'evidence', 'taskIds'])) setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={editing ? t('achievement.editTitle') : t('achievement.declareTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      {error ? (
        isVersionConflict(error) ? (
          <VersionConflictAlert error={error} onReload={onSaved} />
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
      <Form<Values>
        form={form}
        name="assessment-achievement"
        layout="vertical"
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="title"
          label={t('achievement.titleField')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('achievement.titleField') }),
            },
          ]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('achievement.description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="evidence" label={t('achievement.evidence')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="taskIds" label={t('achievement.tasks')}>
          <TaskPicker
            key={editing?.id ?? 'new'}
            initial={(editing?.tasks ?? []).map((x) => ({ value: x.id, label: taskLabel(x) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Radio, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import {
  CASE_LEVELS,
  CASE_ORIGINS,
  casesApi,
  type CaseLevel,
  type CaseOrigin,
  type SupervisionCase,
} from '../../api/supervision';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { applyServerErrors, errorMessage } from '../common/errors';
import { UnitsSelect } from '../tasks/pickers';
import { caseLevelLabel, caseOriginLabel, today } from './labels';

/** What a new case starts with (from a red or yellow task, or empty). */
export interface CaseDraft {
  title?: string;
  origin?: CaseOrigin;
  level?: CaseLevel;
  requirements?: string;
  deadline?: string;
  tasks?: Pick<Task, 'id' | 'code' | 'title'>[];
  unitIds?: string[];
}

interface CaseValues {
  title: string;
  origin: CaseOrigin;
  level: CaseLevel;
  requirements: string;
  deadline: Dayjs | null;
  taskIds: string[];
  unitIds: string[];
}

const taskOption = (task: Pick<Task, 'id' | 'code' | 'title'>) => ({
  value: task.id,
  label: task.code ? `${task.code} ${task.title}` : task.title,
});

/** Searches published tasks by code or title as the user types (the server's `q`), a page of 20 at a time. */
function TaskSearchSelect({
  value,
  onChange,
  initial,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  initial: readonly Pick<Task, 'id' | 'code' | 'title'>[];
}) {
  const t = useT();
  const [options, setOptions] = useState(() => initial.map(taskOption));
  const known = useRef(new Map(initial.map((task) => [task.id, taskOption(task)])));
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
            .filter((task) => task.status !== 'draft' && task.status !== 'cancelled')
            .map(taskOption);
          for (const o of found) known.current.set(o.value, o);
          // Keep the chosen ones listed so their labels stay.
          const chosen = (value ?? []).map((id) => known.current.get(id)).filter((o) => o !== undefined);
          const ids = new Set(found.map((o) => o.value));
          setOptions([...chosen.filter((o) => !ids.has(o.value)), ...found]);
        })
        .catch(() => undefined)
        .finally(() => setSearching(false));
    }, 250);
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <Select<string[]>
      mode="multiple"
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: search }}
      onFocus={() => (options.length <= initial.length ? search('') : undefined)}
      options={options}
      placeholder={t('case.pickTasks')}
      notFoundContent={searching ? <Spin size="small" /> : undefined}
      maxTagCount="responsive"
      allowClear
    />
  );
}

/**
 * 新建督办件: matter, origin, level, requirements, deadline, the tasks and units it concerns. Opened empty from
 * the supervision page or pre-filled from a red or yellow task. Server messages go beside their fields.
 */
export function CaseFormDrawer({
  open,
  draft,
  onClose,
  onCreated,
}: {
  open: boolean;
  draft: CaseDraft | null;
  onClose: () => void;
  onCreated: (created: SupervisionCase) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<CaseValues>();
  const { units } = useAllUnits();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const initialTasks = useMemo(() => draft?.tasks ?? [], [draft]);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      title: draft?.title ?? '',
      origin: draft?.origin ?? 'warning',
      level: draft?.level ?? 'general',
      requirements: draft?.requirements ?? '',
      deadline: draft?.deadline ? dayjs(draft.deadline) : null,
      taskIds: initialTasks.map((task) => task.id),
      unitIds: draft?.unitIds ?? [],
    });
  }, [open, draft]);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const created = await casesApi.open({
        title: values.title.trim(),
        origin: values.origin,
        level: values.level,
        requirements: values.requirements.trim(),
        deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : '',
        taskIds: values.taskIds ?? [],
        unitIds: values.unitIds ?? [],
      });
      message.success(t('case.created'));
      onCreated(created);
    } catch (e) {
      if (
        !applyServerErrors(form, e, {}, [
          'title',
          'origin',
          'level',
          'requirements',
          'deadline',
          'taskIds',
          'unitIds',
        ])
      ) {
        setError(e);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md === false ? '100%' : 640}
      title={t('case.new')}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('case.create')}
          </Button>
        </Flex>
      }
    >
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, error)} />
      ) : null}
      <Form<CaseValues> form={form} layout="vertical" requiredMark="optional" disabled={saving}>
        <Form.Item
          name="title"
          label={t('case.title')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('case.title') }) },
            { max: 200 },
          ]}
        >
          <Input maxLength={200} showCount />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="origin"
            label={t('case.origin')}
            rules={[{ required: true }]}
            style={{ flex: '1 1 200px' }}
          >
            <Select options={CASE_ORIGINS.map((o) => ({ value: o, label: caseOriginLabel(t, o) }))} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('case.deadline')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('case.deadline') }) }]}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today()} />
          </Form.Item>
        </Flex>
        <Form.Item name="level" label={t('case.level')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={CASE_LEVELS.map((l) => ({ value: l, label: caseLevelLabel(t, l) }))}
          />
        </Form.Item>
        <Form.Item
          name="requirements"
          label={t('case.requirements')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('case.requirements') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
        </Form.Item>
        <Form.Item name="taskIds" label={t('case.tasks')}>
          <TaskSearchSelect initial={initialTasks} />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('case.units')}
          dependencies={['taskIds']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string[] | undefined) =>
                (value?.length ?? 0) > 0 || (getFieldValue('taskIds') as string[] | undefined)?.length
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('case.unitsOrTasks'))),
            }),
          ]}
        >
          <UnitsSelect units={units} placeholder={t('case.pickUnits')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

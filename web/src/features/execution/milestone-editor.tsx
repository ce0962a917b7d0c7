import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { taskActionsApi } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

interface Row {
  title?: string;
  dueDate?: Dayjs | null;
  weight?: number | null;
}

/**
 * 时间表、路线图: the lead unit (or the office) plans the task's milestones. The list replaces the old one;
 * a milestone kept under the same title keeps its completion (the server matches by title).
 */
export function MilestoneEditor({
  task,
  open,
  onClose,
  onSaved,
}: {
  task: Task;
  open: boolean;
  onClose: () => void;
  onSaved: (task: Task) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<{ milestones: Row[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({
      milestones: [...task.milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((m) => ({ title: m.title, dueDate: dayjs(m.dueDate), weight: m.weight })),
    });
  }, [open]);

  const save = async ({ milestones = [] }: { milestones?: Row[] }) => {
    setSaving(true);
    setError(null);
    try {
      const next = await taskActionsApi.setMilestones(
        task.id,
        milestones.map((m) => ({
          title: (m.title ?? '').trim(),
          dueDate: (m.dueDate as Dayjs).format('YYYY-MM-DD'),
          weight: m.weight ?? null,
        })),
      );
      message.success(t('milestone.saved'));
      onSaved(next);
      onClose();
    } catch (e) {
      // The body is the list itself: a 422 names `3.dueDate`; put it beside that row's field.
      const fields = isApiError(e) ? e.fieldErrors : [];
      if (fields.length > 0) {
        // Paths come from the server as strings, so set them through the untyped form view.
        (form as FormInstance).setFields(
          fields.map((f) => ({
            name: ['milestones', ...f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
            errors: [f.message],
          })),
        );
      } else setError(e);
    } finally {
      setSaving(false);
    }
  };

  const isPhone = screens.md === false;
  return (
    <Modal
      open={open}
      title={t('milestone.editTitle')}
      width={isPhone ? '100%' : 680}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('milestone.editHint')}</Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={errorMessage(t, error)}
        />
      ) : null}
      <Form form={form} name="milestones" layout="vertical" onFinish={(v) => void save(v)}>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap={isPhone}>
                  <Form.Item
                    name={[field.name, 'title']}
                    label={index === 0 || isPhone ? t('task.milestoneTitle') : undefined}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { field: t('task.milestoneTitle') }),
                      },
                    ]}
                    style={{ flex: '1 1 240px', marginBottom: 12 }}
                  >
                    <Input maxLength={200} aria-label={`${t('task.milestoneTitle')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'dueDate']}
                    label={index === 0 || isPhone ? t('task.milestoneDue') : undefined}
                    rules={[
                      {
                        required: true,
                        message: t('common.requiredSelect', { field: t('task.milestoneDue') }),
                      },
                    ]}
                    style={{ flex: '0 0 150px', marginBottom: 12 }}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      aria-label={`${t('task.milestoneDue')} ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'weight']}
                    label={index === 0 || isPhone ? t('milestone.weightLabel') : undefined}
                    style={{ flex: '0 0 96px', marginBottom: 12 }}
                  >
                    <InputNumber<number> min={0} max={100} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('task.removeMilestone')}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: index === 0 || isPhone ? 30 : 0 }}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ title: '', dueDate: null })}
              >
                {t('task.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

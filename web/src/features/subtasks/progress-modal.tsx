import { App, Checkbox, Form, Input, Modal, Slider, InputNumber, Flex } from 'antd';
import { useState } from 'react';
import { subtasksApi, type Subtask } from '../../api/subtasks';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

interface Values {
  progress: number;
  note?: string;
  done: boolean;
}

/** 更新进度: the section, the person or the unit sets progress, a note and done (a stale version is a 409). */
export function SubtaskProgressModal({
  subtask,
  onClose,
  onSaved,
}: {
  subtask: Subtask | null;
  onClose: () => void;
  onSaved: (next: Subtask) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const save = async (v: Values) => {
    if (!subtask) return;
    setSaving(true);
    try {
      const next = await subtasksApi.update(subtask.id, {
        version: subtask.version,
        progress: v.progress,
        note: v.note?.trim() ? v.note : null,
        status: v.done ? 'done' : 'open',
      });
      void message.success(t('subtask.updated'));
      onSaved(next);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={subtask !== null}
      title={subtask ? `${t('subtask.update')}：${subtask.title}` : ''}
      okText={t('subtask.save')}
      cancelText={t('subtask.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {subtask ? (
        <Form<Values>
          form={form}
          name="subtask-progress"
          layout="vertical"
          initialValues={{
            progress: subtask.progress,
            note: subtask.note ?? '',
            done: subtask.status === 'done',
          }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item label={t('subtask.progress')} required>
            <Flex gap={12} align="center">
              <Form.Item name="progress" noStyle>
                <Slider min={0} max={100} style={{ flex: 1 }} aria-label={t('subtask.progress')} />
              </Form.Item>
              <Form.Item name="progress" noStyle>
                <InputNumber
                  min={0}
                  max={100}
                  precision={0}
                  suffix="%"
                  aria-label={`${t('subtask.progress')} %`}
                />
              </Form.Item>
            </Flex>
          </Form.Item>
          <Form.Item name="note" label={t('subtask.note')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="done" valuePropName="checked">
            <Checkbox>{t('subtask.markDone')}</Checkbox>
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}

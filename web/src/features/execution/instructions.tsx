import { App, Button, Empty, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { instructionsApi } from '../../api/endpoints';
import type { Instruction, Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { CommentModal } from './comment-modal';
import { DeadlineTag } from '../supervision/deadline-tag';

/** 批示: a district leader writes on the task (the lead unit is told). */
function InstructionBox({ task, onCreated }: { task: Task; onCreated: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async ({ text }: { text: string }) => {
    setSaving(true);
    try {
      await instructionsApi.create(task.id, text.trim());
      form.resetFields();
      message.success(t('instruction.created'));
      onCreated();
    } catch (e) {
      // The text stays in the box.
      form.setFields([{ name: 'text', errors: [errorMessage(t, e)] }]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      form={form}
      name="instruction"
      layout="vertical"
      onFinish={(v) => void submit(v)}
      style={{ marginBottom: 16 }}
    >
      <Form.Item
        name="text"
        label={t('instruction.write')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('instruction.text') }),
          },
        ]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={10000}
          placeholder={t('instruction.placeholder')}
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('instruction.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 领导批示 and the lead unit's replies. */
export function InstructionsList({
  task,
  instructions,
  onChanged,
}: {
  task: Task;
  instructions: readonly Instruction[];
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [replyTo, setReplyTo] = useState<Instruction | null>(null);
  const canReply = task.abilities.replyInstruction;
  return (
    <>
      {task.abilities.instruct ? <InstructionBox task={task} onCreated={onChanged} /> : null}
      {instructions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('instruction.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {instructions.map((ins) => (
            <div key={ins.id} className="luoshi-instruction">
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>{ins.leaderName ?? t('instruction.leader')}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {formatDateTime(ins.createdAt)} · {t('deadline.dueDate')} {ins.dueDate}
                  <DeadlineTag item={ins} />
                </Typography.Text>
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 8px' }}>
                {ins.text}
              </Typography.Paragraph>
              {ins.replies.map((r) => (
                <div key={r.id} className="luoshi-instruction-reply">
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('instruction.replyBy', {
                      name: r.authorName ?? '—',
                      time: formatDateTime(r.createdAt),
                    })}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{r.text}</div>
                </div>
              ))}
              {ins.replies.length === 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('instruction.noReply')}
                </Typography.Text>
              ) : null}
              {canReply ? (
                <div style={{ marginTop: 6 }}>
                  <Button size="small" onClick={() => setReplyTo(ins)}>
                    {t('instruction.reply')}
                  </Button>
                </div>
              ) : null}
            </div>
          ))}
        </Flex>
      )}
      <CommentModal
        open={replyTo !== null}
        title={t('instruction.replyTitle')}
        description={
          replyTo ? <Typography.Paragraph type="secondary">{replyTo.text}</Typography.Paragraph> : null
        }
        label={t('instruction.replyText')}
        required
        serverField="text"
        okText={t('instruction.reply')}
        onClose={() => setReplyTo(null)}
        onSubmit={async (text) => {
          if (!replyTo) return;
          await instructionsApi.reply(replyTo.id, text);
          message.success(t('instruction.replied'));
          onChanged();
        }}
      />
    </>
  );
}

import { TargetValueFields } from '../tasks/target-value-fields';
import { Alert, App, Button, Drawer, Flex, Form, Grid, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { sharesApi, type TaskShare } from '../../api/shares';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { EvidenceUpload } from '../common/evidence-upload';
import { periodLabel } from '../tasks/period';

interface ShareFormValues {
  narrative: string;
  problems?: string;
  values?: Record<string, number | null | undefined>;
  attachmentIds?: string[];
}

const FORM_FIELDS = ['narrative', 'problems', 'values', 'attachmentIds'] as const;

/**
 * 报送配合分报: a co-unit's share of the period — what it did, its figures for the task's targets, photos and
 * files. Redoing a share starts from what was sent and sends its `version`.
 */
export function ShareFormDrawer({
  task,
  period,
  current,
  open,
  onClose,
  onSent,
}: {
  task: Task;
  period: string;
  current: TaskShare | null;
  open: boolean;
  onClose: () => void;
  onSent: (share: TaskShare) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ShareFormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (current) {
      form.setFieldsValue({
        narrative: current.narrative,
        problems: current.problems ?? '',
        values: Object.fromEntries(current.values.map((v) => [v.targetId, v.value])),
      });
    }
    // Only when the drawer opens, so that typing is never reset by a reload behind it.
  }, [open]);

  const submit = async (v: ShareFormValues) => {
    setSaving(true);
    setError(null);
    try {
      const share = await sharesApi.submit(task.id, {
        period,
        narrative: v.narrative.trim(),
        problems: v.problems?.trim() || null,
        values: Object.entries(v.values ?? {})
          .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))
          .map(([targetId, value]) => ({ targetId, value })),
        attachmentIds: v.attachmentIds ?? [],
        ...(current ? { version: current.version } : {}),
      });
      void message.success(t('share.sent', { period: periodLabel(t, period) }));
      onSent(share);
    } catch (e) {
      if (!applyServerErrors(form, e, {}, FORM_FIELDS)) setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md === false ? '100%' : 560}
      title={t('share.formTitle', { period: periodLabel(t, period) })}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="share-submit">
            {t('share.submit')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {task.code ? `${task.code} · ` : ''}
        {task.title}
      </Typography.Paragraph>
      {current?.status === 'returned' && current.returnReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('share.returnReason', { reason: current.returnReason })}
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorMessage(t, error)}
        />
      ) : null}
      <Form<ShareFormValues>
        form={form}
        name="share"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        requiredMark
      >
        <TargetValueFields targets={task.targets} legend={t('share.values')} />
        <Form.Item
          name="narrative"
          label={t('share.narrative')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('share.narrative') }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={4000}
            placeholder={t('share.narrativePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="problems" label={t('share.problemsLabel')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('share.evidence')}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { isApiError } from '../../api/client';
import { errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';

interface CommentValues {
  text?: string;
  date?: Dayjs;
}

/**
 * A small dialog asking for a comment or reason (退回意见、暂停原因、批示、回复), optionally a date (延期至).
 * Errors stay inside with what was typed; a 422 goes beside the field, a 409 offers to reload.
 */
export function CommentModal({
  open,
  title,
  label,
  required = false,
  okText,
  danger = false,
  description,
  dateLabel,
  minDate,
  serverField = 'comment',
  onSubmit,
  onClose,
  onReload,
}: {
  open: boolean;
  title: string;
  label: string;
  required?: boolean;
  okText: string;
  danger?: boolean;
  description?: ReactNode;
  /** When given, the dialog also asks for a date (YYYY-MM-DD). */
  dateLabel?: string;
  /** Dates on or before this one cannot be chosen. */
  minDate?: string | null;
  /** The body field the server names in a 422 for the text (comment, reason, summary, text). */
  serverField?: string;
  onSubmit: (text: string, date: string | null) => Promise<void>;
  onClose: () => void;
  onReload?: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CommentValues>();
  // Several of these dialogs live on one page: a unique form name keeps the fields' ids (and labels) apart.
  const formName = `comment-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open]);

  const finish = async (values: CommentValues) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit((values.text ?? '').trim(), values.date ? values.date.format('YYYY-MM-DD') : null);
      onClose();
    } catch (e) {
      // The server names its own body field (comment, reason, summary, newDueDate); show it beside ours.
      const fields = isApiError(e) ? e.fieldErrors : [];
      const onText = fields.filter((f) => f.path === serverField).map((f) => f.message);
      const onDate = fields.filter((f) => f.path === 'newDueDate').map((f) => f.message);
      if (onText.length > 0) form.setFields([{ name: 'text', errors: onText }]);
      if (onDate.length > 0) form.setFields([{ name: 'date', errors: onDate }]);
      const mapped = onText.length > 0 || onDate.length > 0;
      if (!mapped) setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      {description ? <div style={{ marginBottom: 12 }}>{description}</div> : null}
      {error ? (
        isVersionConflict(error) && onReload ? (
          <VersionConflictAlert
            error={error}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
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
      <Form<CommentValues> form={form} name={formName} layout="vertical" onFinish={(v) => void finish(v)}>
        {dateLabel ? (
          <Form.Item
            name="date"
            label={dateLabel}
            rules={[{ required: true, message: t('common.requiredSelect', { field: dateLabel }) }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => (minDate ? d.format('YYYY-MM-DD') <= minDate : false)}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="text"
          label={label}
          rules={
            required
              ? [{ required: true, whitespace: true, message: t('common.required', { field: label }) }]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

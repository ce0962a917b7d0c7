/**
 * 申请验收: the lead unit's completion request — what was done, and the evidence that shows it (files and
 * photos go up first; the request cites their ids). A 422 lands beside its field; what was typed stays.
 */
import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { acceptanceApi } from '../../api/acceptance';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { EvidenceUpload } from '../common/evidence-upload';
import { errorMessage } from '../common/errors';

interface Values {
  summary?: string;
  attachmentIds?: string[];
}

export function AcceptanceRequestModal({
  taskId,
  open,
  onClose,
  onSent,
}: {
  taskId: string;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open]);

  const finish = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      await acceptanceApi.request(taskId, {
        summary: (values.summary ?? '').trim(),
        attachmentIds: values.attachmentIds ?? [],
      });
      onSent();
      onClose();
    } catch (e) {
      const fields = isApiError(e) ? e.fieldErrors : [];
      const on = (prefix: string) =>
        fields.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`)).map((f) => f.message);
      const summary = on('summary');
      const evidence = on('attachmentIds');
      if (summary.length > 0) form.setFields([{ name: 'summary', errors: summary }]);
      if (evidence.length > 0) form.setFields([{ name: 'attachmentIds', errors: evidence }]);
      if (summary.length === 0 && evidence.length === 0) setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('acceptance.ask')}
      okText={t('acceptance.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('acceptance.askHint')} />
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={errorMessage(t, error)}
        />
      ) : null}
      <Form<Values> form={form} name="acceptance-request" layout="vertical" onFinish={(v) => void finish(v)}>
        <Form.Item
          name="summary"
          label={t('acceptance.summary')}
          rules={[{ required: true, whitespace: true, message: t('acceptance.summaryRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20_000} showCount />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('evidence.title')}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { CASE_LEVELS, casesApi, type CaseLevel, type SupervisionCase } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { caseLevelLabel } from './labels';

/** 升级: the level to raise the case to and why. */
export function EscalateModal({
  item,
  open,
  onClose,
  onDone,
  onReload,
}: {
  item: SupervisionCase;
  open: boolean;
  onClose: () => void;
  onDone: (next: SupervisionCase) => void;
  onReload: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ level: CaseLevel; comment?: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const higher = CASE_LEVELS.slice(CASE_LEVELS.indexOf(item.level) + 1);
  useEffect(() => {
    if (open) {
      setError(null);
      form.setFieldsValue({ level: higher[0] ?? item.level, comment: '' });
    }
  }, [open]);
  const submit = async (values: { level: CaseLevel; comment?: string }) => {
    setSaving(true);
    setError(null);
    try {
      onDone(
        await casesApi.decide(item.id, {
          action: 'escalate',
          level: values.level,
          comment: values.comment?.trim() || null,
          version: item.version,
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('case.escalateTitle')}
      okText={t('case.escalate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error ? (
        isVersionConflict(error) ? (
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
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="level" label={t('case.escalateLevel')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={CASE_LEVELS.map((l) => ({
              value: l,
              label: caseLevelLabel(t, l),
              disabled: !higher.includes(l) && higher.length > 0,
            }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('case.escalateComment')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

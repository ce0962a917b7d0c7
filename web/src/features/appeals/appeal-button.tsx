import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { appealsApi, type AppealTargetKind } from '../../api/appeals';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { EvidenceUpload } from '../common/evidence-upload';

/** 申诉: a unit's button beside a component, deduction or veto of its published result, with a reasons form. */
export function AppealButton({
  year,
  targetKind,
  targetKey,
  label,
  onFiled,
}: {
  year: number;
  targetKind: AppealTargetKind;
  targetKey: string;
  label: string;
  onFiled: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ reasons: string; attachmentIds?: string[] }>();
  const submit = async (v: { reasons: string; attachmentIds?: string[] }) => {
    setSaving(true);
    try {
      await appealsApi.file({
        year,
        targetKind,
        targetKey,
        reasons: v.reasons,
        attachmentIds: v.attachmentIds ?? [],
      });
      message.success(t('appeals.filedOk'));
      setOpen(false);
      onFiled();
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, ['reasons'])) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        danger
        aria-label={`${t('appeals.appeal')}：${label}`}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {t('appeals.appeal')}
      </Button>
      <Modal
        open={open}
        title={`${t('appeals.appeal')}：${label}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('appeals.submit')}
        confirmLoading={saving}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" disabled={saving} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="reasons"
            label={t('appeals.reasons')}
            rules={[{ required: true, message: t('appeals.reasonsRequired') }]}
          >
            <Input.TextArea rows={5} maxLength={4000} />
          </Form.Item>
          <Form.Item name="attachmentIds" label={t('appeals.evidenceFiles')}>
            <EvidenceUpload />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

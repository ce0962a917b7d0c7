import { ExclamationCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { blockersApi } from '../../api/blockers';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { useMe } from '../auth/session';
import { useSetting } from '../common/use-settings';
import { useProjectOptions } from '../projects/use-project-options';

const DEFAULT_KINDS = ['手续', '征迁', '配套', '资金', '政策', '其他'];
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');

interface RaiseForm {
  kind: string;
  title: string;
  description?: string;
  ask?: string;
  askedUnitIds?: string[];
  ownerUnitId?: string;
  dueDate: Dayjs;
}

/**
 * 反映堵点: a button and its dialog on a project's or task's page (shown when the caller's unit may raise one);
 * photos or PDFs chosen in the dialog are uploaded once the blocker exists, then its page opens.
 */
export function RaiseBlockerButton({ projectId, taskId }: { projectId?: string; taskId?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const kinds = useSetting('blockers.kinds', DEFAULT_KINDS, isStringList);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [form] = Form.useForm<RaiseForm>();
  const { unitOptions } = useProjectOptions(false);
  const me = useMe();
  if (!me.abilities.raiseBlockers) return null;

  const submit = async (v: RaiseForm) => {
    setBusy(true);
    try {
      const created = await blockersApi.create({
        ...(projectId ? { projectId } : { taskId: taskId ?? '' }),
        kind: v.kind,
        title: v.title,
        description: v.description ?? '',
        ask: v.ask ?? '',
        askedUnitIds: v.askedUnitIds ?? [],
        ...(v.ownerUnitId ? { ownerUnitId: v.ownerUnitId } : {}),
        dueDate: v.dueDate.format('YYYY-MM-DD'),
      });
      for (const f of files) if (f.originFileObj) await blockersApi.uploadFile(created.id, f.originFileObj);
      void message.success(t('blocker.raised'));
      setOpen(false);
      form.resetFields();
      setFiles([]);
      void navigate(`/blockers/${created.id}`);
    } catch (e) {
      const field = isApiError(e) ? e.field : undefined;
      if (field && ['kind', 'title', 'dueDate', 'ownerUnitId'].includes(field))
        form.setFields([{ name: field as keyof RaiseForm, errors: [errorMessage(t, e)] }]);
      else void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<ExclamationCircleOutlined />} onClick={() => setOpen(true)}>
        {t('blocker.raise')}
      </Button>
      <Modal
        open={open}
        title={t('blocker.raiseTitle')}
        okText={t('blocker.submit')}
        cancelText={t('blocker.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <Form<RaiseForm>
          form={form}
          layout="vertical"
          name="raise-blocker"
          initialValues={{ kind: kinds[0], dueDate: dayjs().add(14, 'day') }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="kind" label={t('blocker.kind')} rules={[{ required: true }]}>
            <Select options={kinds.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item name="title" label={t('blocker.title')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} placeholder={t('blocker.titlePlaceholder')} />
          </Form.Item>
          <Form.Item name="description" label={t('blocker.description')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
          </Form.Item>
          <Form.Item name="ask" label={t('blocker.ask')}>
            <Input.TextArea
              autoSize={{ minRows: 2 }}
              maxLength={2000}
              placeholder={t('blocker.askPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="askedUnitIds" label={t('blocker.askedUnits')}>
            <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={unitOptions} />
          </Form.Item>
          <Form.Item name="ownerUnitId" label={t('blocker.ownerUnit')} extra={t('blocker.ownerUnitHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={unitOptions} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('blocker.dueDate')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('blocker.photos')} extra={t('blocker.photosHint')}>
            <Upload
              accept="image/jpeg,image/png,image/webp,application/pdf"
              multiple
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />}>{t('blocker.upload')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

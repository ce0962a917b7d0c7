import { FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Progress,
  Row,
  Segmented,
  Select,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/client';
import { decisionsApi } from '../api/endpoints';
import { CREATABLE_DECISION_KINDS, TASK_SOURCES, type TaskSource } from '../api/types';
import { useMe } from '../features/auth/session';
import { applyServerErrors, errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { ForbiddenResult } from '../features/common/status-results';
import { kindLabel, sourceLabel } from '../features/tasks/labels';
import { useT, type Translate } from '../i18n/i18n';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.docx,.txt';
const FIELDS = ['title', 'kind', 'date', 'source', 'text', 'file'] as const;

interface Values {
  title: string;
  kind: (typeof CREATABLE_DECISION_KINDS)[number];
  date: Dayjs;
  source: TaskSource;
  text?: string;
}

type TextMode = 'paste' | 'upload';

/** The clerk-facing words for an upload the server refused (415 type, 413 size). */
export function uploadErrorText(t: Translate, e: unknown): string {
  if (isApiError(e)) {
    if (e.status === 413) return t('upload.tooLarge');
    if (e.status === 415) {
      const detail = e.fieldErrors.find((f) => f.path === 'file')?.message;
      return detail ? t('upload.unsupportedWith', { message: detail }) : t('upload.unsupported');
    }
  }
  return errorMessage(t, e);
}

/** 新建决策部署: facts of the meeting or document, and its text pasted or uploaded (.docx/.txt). */
export function DecisionNewPage() {
  const t = useT();
  const me = useMe();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<TextMode>('paste');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (!me.abilities.manageDecisions) return <ForbiddenResult />;

  const pickFile = (picked: File) => {
    setFailure(null);
    if (picked.size > MAX_BYTES) {
      setFile(null);
      setFileError(t('upload.tooLarge'));
      return;
    }
    if (!/\.(docx|txt)$/i.test(picked.name)) {
      setFileError(t('upload.unsupported'));
    } else {
      setFileError(null);
    }
    setFile(picked);
  };

  const onFinish = async (values: Values, confirmDuplicate = false) => {
    setFailure(null);
    const fields = {
      title: values.title.trim(),
      kind: values.kind,
      date: values.date.format('YYYY-MM-DD'),
      source: values.source,
    };
    if (mode === 'upload' && !file) {
      setFileError(t('upload.required'));
      return;
    }
    setSaving(true);
    try {
      const created =
        mode === 'upload' && file
          ? await decisionsApi.upload(
              file,
              { ...fields, ...(confirmDuplicate ? { confirmDuplicate: 'true' } : {}) },
              (p) => setPercent(p),
            )
          : await decisionsApi.create({
              ...fields,
              text: values.text?.trim() ? values.text : null,
              ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
            });
      message.success(t('decisionNew.created'));
      navigate(`/decisions/${created.id}`);
    } catch (e) {
      setPercent(null);
      if (isApiError(e) && e.code === 'DUPLICATE_DECISION') {
        // Same title, same date: most likely a second click; create another only when the clerk says so.
        modal.confirm({
          title: t('decisionNew.duplicateTitle'),
          content: t('decisionNew.duplicateContent', { title: fields.title, date: fields.date }),
          okText: t('decisionNew.duplicateOk'),
          onOk: () => onFinish(values, true),
        });
      } else if (isApiError(e) && (e.status === 413 || e.status === 415)) {
        setFileError(uploadErrorText(t, e));
        setFailure(uploadErrorText(t, e));
      } else if (!applyServerErrors(form, e, {}, FIELDS)) {
        setFailure(errorMessage(t, e));
      } else if (isApiError(e)) {
        const onFile = e.fieldErrors.find((f) => f.path === 'file');
        if (onFile) setFileError(onFile.message);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageTitle title={t('decisionNew.title')} />
      <Card>
        {failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('decisionNew.failed')}
            description={failure}
          />
        ) : null}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          // Enter in a one-line field (the date picker above all) must not send a half-filled form: only the
          // button submits. Enter still works inside the text area.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
          }}
          disabled={saving}
          initialValues={{ kind: 'plenary', source: 'district_direct', date: dayjs() }}
          style={{ maxWidth: 960 }}
        >
          <Row gutter={16}>
            <Col xs={24} md={24}>
              <Form.Item
                label={t('decision.title')}
                name="title"
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('decision.title') }),
                  },
                  { max: 200 },
                ]}
              >
                <Input maxLength={200} showCount placeholder={t('decisionNew.titlePlaceholder')} autoFocus />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('decision.kind')}
                name="kind"
                rules={[
                  { required: true, message: t('common.requiredSelect', { field: t('decision.kind') }) },
                ]}
              >
                <Select
                  options={CREATABLE_DECISION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('decision.date')}
                name="date"
                rules={[
                  { required: true, message: t('common.requiredSelect', { field: t('decision.date') }) },
                ]}
              >
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('decision.source')}
                name="source"
                extra={t('decisionNew.sourceHint')}
                rules={[
                  { required: true, message: t('common.requiredSelect', { field: t('decision.source') }) },
                ]}
              >
                <Select options={TASK_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('decisionNew.textMode')}>
            <Segmented<TextMode>
              value={mode}
              onChange={(value) => {
                setMode(value);
                setFailure(null);
              }}
              options={[
                { value: 'paste', label: t('decisionNew.paste'), icon: <FileTextOutlined /> },
                { value: 'upload', label: t('decisionNew.upload'), icon: <InboxOutlined /> },
              ]}
            />
          </Form.Item>
          {mode === 'paste' ? (
            <Form.Item name="text" label={t('decisionNew.text')} extra={t('decisionNew.textHint')}>
              <Input.TextArea
                autoSize={{ minRows: 12, maxRows: 28 }}
                placeholder={t('decisionNew.textPlaceholder')}
                style={{ fontSize: 15, lineHeight: 1.8 }}
              />
            </Form.Item>
          ) : (
            <Form.Item
              label={t('decisionNew.file')}
              required
              validateStatus={fileError ? 'error' : undefined}
              help={fileError ?? t('decisionNew.fileHint')}
            >
              <Upload.Dragger
                accept={ACCEPT}
                multiple={false}
                maxCount={1}
                showUploadList={false}
                beforeUpload={(picked) => {
                  pickFile(picked);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">
                  {file
                    ? t('decisionNew.fileChosen', { name: file.name, size: formatSize(file.size) })
                    : t('decisionNew.fileDrop')}
                </p>
                <p className="ant-upload-hint">{t('decisionNew.fileTypes')}</p>
              </Upload.Dragger>
              {percent !== null ? (
                <div style={{ marginTop: 12 }} role="status" aria-live="polite">
                  <Typography.Text type="secondary">
                    {percent < 100 ? t('upload.uploading') : t('upload.reading')}
                  </Typography.Text>
                  <Progress percent={percent} status={saving ? 'active' : undefined} />
                </div>
              ) : null}
            </Form.Item>
          )}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('decisionNew.submit')}
            </Button>
            <Button onClick={() => navigate('/decisions')} disabled={false}>
              {t('common.cancel')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}

/** "1.2 MB" for the chosen file. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

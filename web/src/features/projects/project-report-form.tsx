import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Image,
  Input,
  Select,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import {
  photoUrl,
  projectsApi,
  type Project,
  type ProjectNode,
  type ProjectPhoto,
  type ProjectReport,
} from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { centsToWan, periodLabel, wanToCents } from './labels';
import { WanInput, wanRules } from './project-form-parts';

interface Values {
  month: number;
  amount: string;
  imageProgress: string;
  nodes: { nodeId: string; actualStart?: Dayjs | null; actualEnd?: Dayjs | null }[];
}

const FIELDS = ['month', 'amount', 'imageProgress', 'nodeUpdates', 'photoIds'];
const MAX_BYTES = 10 * 1024 * 1024;
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * 填报本月: the month's completed investment (万元), the image progress in words and photos (uploaded at
 * once, previewed), and the dates the nodes were reached. Also corrects a returned report.
 */
export function ProjectReportForm({
  open,
  project,
  nodes,
  correcting,
  onClose,
  onSaved,
}: {
  open: boolean;
  project: Project;
  nodes: readonly ProjectNode[];
  correcting: ProjectReport | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const isMobile = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile<ProjectPhoto>[]>([]);
  const [preview, setPreview] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const now = dayjs();
  const lastMonth = project.year < now.year() ? 12 : project.year > now.year() ? 0 : now.month() + 1;

  useEffect(() => {
    if (!open) return;
    setError(null);
    const r = correcting;
    const byNode = new Map(r?.nodeUpdates.map((u) => [u.nodeId, u]) ?? []);
    form.resetFields();
    form.setFieldsValue({
      month: r?.month ?? Math.max(1, Math.min(lastMonth, now.month() + 1)),
      amount: r?.amount ?? '',
      imageProgress: r?.imageProgress ?? '',
      nodes: nodes.map((n) => {
        const u = byNode.get(n.id);
        const start = u?.actualStart ?? n.actualStart;
        const end = u?.actualEnd ?? n.actualEnd;
        return { nodeId: n.id, actualStart: start ? dayjs(start) : null, actualEnd: end ? dayjs(end) : null };
      }),
    });
    setFiles(
      (r?.photos ?? []).map((p) => ({
        uid: p.id,
        name: p.name,
        status: 'done',
        url: photoUrl(project.id, p.id),
        response: p,
      })),
    );
  }, [open, correcting]);

  const finish = async (v: Values) => {
    if (files.some((f) => f.status === 'uploading')) {
      message.warning(t('project.photoUploading'));
      return;
    }
    setSaving(true);
    setError(null);
    const nodeUpdates = v.nodes
      .map((n) => ({ nodeId: n.nodeId, actualStart: iso(n.actualStart), actualEnd: iso(n.actualEnd) }))
      .filter((u) => {
        const node = nodes.find((x) => x.id === u.nodeId);
        return node && (u.actualStart !== node.actualStart || u.actualEnd !== node.actualEnd);
      });
    const body = {
      year: project.year,
      month: v.month,
      amount: centsToWan(wanToCents(v.amount.trim())),
      imageProgress: v.imageProgress.trim(),
      nodeUpdates,
      photoIds: files.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])),
    };
    try {
      if (correcting) {
        const { year: _y, month: _m, ...changes } = body;
        await projectsApi.correctReport(project.id, correcting.id, {
          ...changes,
          version: correcting.version,
        });
      } else await projectsApi.submitReport(project.id, body);
      message.success(t('project.reportSaved', { period: periodLabel(t, project.year, v.month) }));
      onSaved();
      onClose();
    } catch (e) {
      if (isApiError(e) && e.status === 409 && /report_exists/i.test(e.code)) {
        form.setFields([{ name: 'month', errors: [t('project.reportExists')] }]);
      } else if (isVersionConflict(e) || !applyServerErrors(form, e, {}, FIELDS)) {
        setError(e);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 640}
      title={correcting ? t('project.correctTitle') : t('project.reportTitle', { name: project.name })}
      destroyOnHidden
      forceRender
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()}>
          {t('project.submitReport')}
        </Button>
      }
    >
      {error ? (
        isVersionConflict(error) ? (
          <VersionConflictAlert
            error={error}
            onReload={() => {
              onSaved();
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
      <Form<Values> form={form} layout="vertical" name="project-report" onFinish={(v) => void finish(v)}>
        <Flex gap={12} wrap>
          <Form.Item
            name="month"
            label={t('project.reportMonth')}
            style={{ flex: '1 1 160px' }}
            rules={[{ required: true }]}
          >
            <Select
              disabled={Boolean(correcting)}
              options={Array.from({ length: 12 }, (_, i) => ({
                value: i + 1,
                label: periodLabel(t, project.year, i + 1),
                disabled: i + 1 > lastMonth,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('project.reportAmountLabel')}
            style={{ flex: '1 1 200px' }}
            rules={wanRules(t, t('project.reportAmountLabel'))}
          >
            <WanInput />
          </Form.Item>
        </Flex>
        <Form.Item
          name="imageProgress"
          label={t('project.imageProgress')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('project.imageProgress') }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            placeholder={t('project.imageProgressHint')}
          />
        </Form.Item>
        <Form.Item label={t('project.photos')} extra={t('project.photoHint')}>
          <Upload<ProjectPhoto>
            listType="picture-card"
            accept="image/jpeg,image/png,image/webp"
            multiple
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            onPreview={(f) => setPreview(f.url ?? f.thumbUrl ?? null)}
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                message.error(t('project.photoTooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError, onProgress }) => {
              projectsApi
                .uploadPhoto(project.id, file as File, (percent) => onProgress?.({ percent }))
                .then((photo) => onSuccess?.(photo))
                .catch((e: unknown) => {
                  message.error(errorMessage(t, e));
                  onError?.(e instanceof Error ? e : new Error(String(e)));
                });
            }}
          >
            <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
              <PlusOutlined />
              <div style={{ marginTop: 4 }}>{t('project.addPhoto')}</div>
            </button>
          </Upload>
          {preview ? (
            <Image
              style={{ display: 'none' }}
              src={preview}
              preview={{ open: true, src: preview, onOpenChange: (o) => !o && setPreview(null) }}
            />
          ) : null}
        </Form.Item>
        {nodes.length > 0 ? (
          <>
            <Typography.Title level={5}>{t('project.nodeDates')}</Typography.Title>
            {nodes.map((n, i) => (
              <Flex key={n.id} gap={8} wrap align="flex-start">
                <Form.Item name={['nodes', i, 'nodeId']} hidden>
                  <Input />
                </Form.Item>
                <Typography.Text
                  style={{ flex: '1 1 140px', paddingTop: 5 }}
                  type={n.late ? 'danger' : undefined}
                >
                  {n.name}
                  <span style={{ color: '#595959', fontSize: 12 }}>
                    {' '}
                    （{n.plannedStart} ~ {n.plannedEnd}）
                  </span>
                </Typography.Text>
                <Form.Item name={['nodes', i, 'actualStart']} style={{ width: 150, marginBottom: 8 }}>
                  <DatePicker
                    placeholder={t('project.actualStart')}
                    aria-label={`${n.name} ${t('project.actualStart')}`}
                  />
                </Form.Item>
                <Form.Item name={['nodes', i, 'actualEnd']} style={{ width: 150, marginBottom: 8 }}>
                  <DatePicker
                    placeholder={t('project.actualEnd')}
                    aria-label={`${n.name} ${t('project.actualEnd')}`}
                  />
                </Form.Item>
              </Flex>
            ))}
          </>
        ) : null}
      </Form>
    </Drawer>
  );
}

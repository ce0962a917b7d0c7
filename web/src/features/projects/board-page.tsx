import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Select, Skeleton, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { saveBlob } from '../../api/client';
import {
  PROJECT_PUBLIC_FIELDS,
  projectsApi,
  publicBoardUrl,
  type ProjectPublicField,
  type ProjectSummary,
} from '../../api/projects';
import { useRequest } from '../../api/use-request';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { useT, type MessageKey } from '../../i18n/i18n';
import { ProjectLight, StageTag } from './project-bits';

type Size = 'A3' | 'A2';

/**
 * 公示设置: which projects and which of their fields the board shows (the poster and the public page), the
 * poster to download (PDF or PNG, A3 or A2) and the public page's address.
 */
export function BoardPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const settings = useRequest((signal) => projectsApi.boardSettings(signal), []);
  const projects = useRequest((signal) => projectsApi.list({ pageSize: 500 }, signal), []);
  const [fields, setFields] = useState<ProjectPublicField[]>([]);
  const [ids, setIds] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<unknown>(null);
  const [size, setSize] = useState<Size>('A3');
  const [downloading, setDownloading] = useState<string | null>(null);

  useEffect(() => {
    if (!settings.data) return;
    setFields(settings.data.publicFields);
    setIds(settings.data.projectIds);
  }, [settings.data]);

  const save = async () => {
    setSaving(true);
    setConflict(null);
    try {
      await projectsApi.saveBoardSettings({
        version: settings.data?.version ?? 0,
        publicFields: fields,
        projectIds: ids,
      });
      message.success(t('project.boardSaved', { count: ids.length }));
      settings.reload();
      projects.reload();
    } catch (e) {
      if (isVersionConflict(e)) setConflict(e);
      else message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const poster = async (format: 'pdf' | 'png') => {
    setDownloading(format);
    try {
      const { blob, fileName } = await projectsApi.board(format, size);
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setDownloading(null);
    }
  };

  const publicPath = settings.data?.publicPath ?? (me.tenant.code ? publicBoardUrl(me.tenant.code) : null);
  const items = projects.data?.items ?? [];
  if (settings.error && !settings.loading)
    return (
      <Empty description={t('common.loadFailed', { message: errorMessage(t, settings.error) })}>
        <Button onClick={settings.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  if (!settings.data) return <Skeleton active />;

  return (
    <>
      <PageTitle
        title={t('project.boardTitle')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('project.boardSave')}
          </Button>
        }
      />
      {conflict ? (
        <VersionConflictAlert
          error={conflict}
          onReload={() => {
            setConflict(null);
            settings.reload();
          }}
        />
      ) : null}
      <Flex vertical gap={16}>
        <Card title={t('project.boardPoster')} size="small">
          <Flex gap={8} wrap align="center">
            <Select<Size>
              value={size}
              onChange={setSize}
              aria-label={t('project.posterSize')}
              style={{ width: 110 }}
              options={[
                { value: 'A3', label: 'A3' },
                { value: 'A2', label: 'A2' },
              ]}
            />
            <Button
              icon={<DownloadOutlined />}
              loading={downloading === 'pdf'}
              onClick={() => void poster('pdf')}
            >
              {t('project.posterPdf')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={downloading === 'png'}
              onClick={() => void poster('png')}
            >
              {t('project.posterPng')}
            </Button>
            {publicPath ? (
              <Typography.Link href={publicPath} target="_blank" rel="noopener">
                <LinkOutlined /> {t('project.publicPage')}：{window.location.origin}
                {publicPath}
              </Typography.Link>
            ) : null}
          </Flex>
          <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('project.boardHint')} />
        </Card>
        <Card title={t('project.boardFields')} size="small">
          <Checkbox.Group<ProjectPublicField>
            value={fields}
            onChange={(v) => setFields(v)}
            options={(settings.data?.availableFields ?? PROJECT_PUBLIC_FIELDS).map((f) => ({
              value: f,
              label: t(`project.field.${f}` as MessageKey),
            }))}
          />
        </Card>
        <Card title={t('project.boardProjects', { count: ids.length })} size="small">
          <Table<ProjectSummary>
            rowKey="id"
            size="small"
            loading={projects.loading}
            dataSource={items}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 720 }}
            rowSelection={{
              selectedRowKeys: ids,
              onChange: (keys) => setIds(keys.map(String)),
              getCheckboxProps: (p) => ({ 'aria-label': p.name }),
            }}
            columns={[
              { key: 'code', title: t('project.code'), dataIndex: 'code', width: 110 },
              { key: 'name', title: t('project.name'), dataIndex: 'name', ellipsis: true },
              { key: 'type', title: t('project.type'), dataIndex: 'type', width: 90 },
              {
                key: 'stage',
                title: t('project.stage'),
                width: 100,
                render: (_, p) => <StageTag stage={p.stage} />,
              },
              {
                key: 'light',
                title: t('project.light'),
                width: 90,
                render: (_, p) => <ProjectLight light={p.light} reasons={p.lightReasons} />,
              },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}

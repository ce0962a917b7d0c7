import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Dropdown, Modal, Progress, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError, saveBlob, type Query } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { projectsApi, type ProjectImportError } from '../../api/projects';

function errorsOf(details: Record<string, unknown>): ProjectImportError[] {
  const errors = details['errors'];
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (x): x is ProjectImportError =>
      typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)['row'] === 'number',
  );
}

/** 导出: the filtered list, or the year's monthly investment table, as Excel. */
export function ExportButton({ filter, year }: { filter: Query; year: number }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (which: 'list' | 'investment') => {
    setBusy(true);
    try {
      const { blob, fileName } =
        which === 'list' ? await projectsApi.exportList(filter) : await projectsApi.exportInvestment(year);
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'list', label: t('project.exportList') },
          { key: 'investment', label: t('project.exportInvestment', { year }) },
        ],
        onClick: ({ key }) => void run(key === 'investment' ? 'investment' : 'list'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy}>
        {t('project.export')}
      </Button>
    </Dropdown>
  );
}

/**
 * 导入项目台账: the office's .xlsx ledger becomes projects; while any cell is wrong nothing is created and the
 * bad cells are listed by row and field.
 */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [rows, setRows] = useState<ProjectImportError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = () => {
    setFile(null);
    setPercent(null);
    setRows([]);
    setProblem(null);
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    reset();
    setFile(file);
    setPercent(0);
    try {
      const result = await projectsApi.importLedger(file, setPercent);
      setPercent(null);
      if (result.errors.length > 0) {
        setRows(result.errors);
        setProblem(t('project.importInvalid'));
        return;
      }
      message.success(t('project.imported', { count: result.created }));
      reset();
      setOpen(false);
      onImported();
    } catch (e) {
      setPercent(null);
      const found = isApiError(e) ? errorsOf(e.details) : [];
      setRows(found);
      setProblem(found.length > 0 ? t('project.importInvalid') : errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('project.import')}
      </Button>
      <Modal
        open={open}
        title={t('project.importTitle')}
        width={720}
        onCancel={() => {
          if (busy) return;
          reset();
          setOpen(false);
        }}
        okText={t('project.importSubmit')}
        okButtonProps={{ disabled: !file, loading: busy }}
        onOk={() => void run()}
      >
        <Typography.Paragraph type="secondary">{t('project.importDesc')}</Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(picked) => {
            reset();
            setFile(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{file ? file.name : t('project.importDrop')}</p>
        </Upload.Dragger>
        {percent !== null ? <Progress percent={percent} status="active" style={{ marginTop: 12 }} /> : null}
        {problem ? (
          <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={problem} />
        ) : null}
        {rows.length > 0 ? (
          <Table<ProjectImportError>
            style={{ marginTop: 12 }}
            rowKey={(r) => `${r.row}-${r.field ?? ''}-${r.code}`}
            size="small"
            pagination={false}
            scroll={{ y: 280 }}
            dataSource={rows}
            columns={[
              { title: t('project.importRow'), dataIndex: 'row', key: 'row', width: 80, align: 'right' },
              {
                title: t('project.importField'),
                key: 'field',
                width: 140,
                render: (_: unknown, r: ProjectImportError) => r.column ?? r.field ?? '—',
              },
              { title: t('project.importReason'), dataIndex: 'message', key: 'message' },
            ]}
          />
        ) : null}
      </Modal>
    </>
  );
}

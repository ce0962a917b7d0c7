import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Modal, Progress, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { decisionsApi } from '../../api/endpoints';
import type { ImportErrorRow, ImportResult } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

function importErrorsOf(details: Record<string, unknown>): ImportErrorRow[] {
  const errors = details['errors'];
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (x): x is ImportErrorRow =>
      typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)['row'] === 'number',
  );
}

/**
 * 导入台账: an .xlsx in the office's columns becomes drafts. While any cell is wrong nothing is imported, and
 * the bad cells are listed by row and column so the clerk can fix the sheet and try again.
 */
export function ImportModal({
  decisionId,
  open,
  onClose,
  onImported,
}: {
  decisionId: string;
  open: boolean;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [rows, setRows] = useState<ImportErrorRow[]>([]);
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
    setRows([]);
    setProblem(null);
    setPercent(0);
    try {
      const result = await decisionsApi.importLedger(decisionId, file, setPercent);
      message.success(t('import.done', { count: result.created }));
      reset();
      onImported(result);
    } catch (e) {
      setPercent(null);
      if (isApiError(e) && e.code === 'IMPORT_INVALID') {
        setRows(importErrorsOf(e.details));
        setProblem(t('import.invalid'));
      } else if (isApiError(e) && e.status === 413) {
        setProblem(t('upload.tooLarge'));
      } else if (isApiError(e) && e.status === 415) {
        setProblem(e.fieldErrors[0]?.message ?? t('import.unsupported'));
      } else {
        setProblem(errorMessage(t, e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('import.title')}
      width={720}
      onCancel={() => {
        if (busy) return;
        reset();
        onClose();
      }}
      okText={t('import.submit')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !file, loading: busy }}
      onOk={() => void run()}
    >
      <Typography.Paragraph type="secondary">{t('import.desc')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(picked) => {
          setFile(picked);
          setRows([]);
          setProblem(null);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : t('import.drop')}</p>
        <p className="ant-upload-hint">{t('import.types')}</p>
      </Upload.Dragger>
      {percent !== null ? (
        <div role="status" aria-live="polite" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            {percent < 100 ? t('upload.uploading') : t('import.checking')}
          </Typography.Text>
          <Progress percent={percent} status="active" />
        </div>
      ) : null}
      {problem ? (
        <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={problem} />
      ) : null}
      {rows.length > 0 ? (
        <Table<ImportErrorRow>
          style={{ marginTop: 12 }}
          rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.reason}`}
          size="small"
          pagination={false}
          scroll={{ y: 280 }}
          dataSource={rows}
          columns={[
            { title: t('import.row'), dataIndex: 'row', key: 'row', width: 80, align: 'right' },
            {
              title: t('import.column'),
              dataIndex: 'column',
              key: 'column',
              width: 120,
              render: (c: string | null) => c ?? '—',
            },
            { title: t('import.reason'), dataIndex: 'reason', key: 'reason' },
          ]}
        />
      ) : null}
    </Modal>
  );
}

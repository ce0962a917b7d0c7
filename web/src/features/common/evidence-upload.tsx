/**
 * 佐证材料: the one uploader of evidence (PDF, Word, Excel, PowerPoint, OFD, photos) for every flow that takes
 * attachments — reports, shares, completion requests (验收), sub-tasks, rectifications, case answers, tolerance
 * requests. Files go up at once (POST /api/v1/attachments, with progress); the form sends the ids it holds
 * (`value`) and the server attaches them. A file removed before sending is withdrawn on the server.
 */
import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { attachmentsApi, type Attachment } from '../../api/attachments';
import { useT } from '../../i18n/i18n';
import { errorMessage } from './errors';
import { useSetting } from './use-settings';

/** What the picker offers; the server checks the content itself, whatever the name says. */
const ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ofd,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

const isMiB = (v: unknown): v is number => typeof v === 'number' && v >= 1 && v <= 20;

export function EvidenceUpload({
  value,
  onChange,
  disabled,
  max = 20,
}: {
  /** The ids of the uploaded files, in order. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  disabled?: boolean;
  max?: number;
}) {
  const t = useT();
  const { message } = App.useApp();
  const maxMiB = useSetting('attachments.maxMiB', 20, isMiB);
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);

  // A form reset (value back to empty) clears the list too.
  useEffect(() => {
    if ((value ?? []).length === 0) setFiles((list) => (list.some((f) => f.status === 'done') ? [] : list));
  }, [value]);

  const emit = (list: UploadFile<Attachment>[]) =>
    onChange?.(list.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])));

  return (
    <Upload<Attachment>
      accept={ACCEPT}
      multiple
      disabled={disabled}
      maxCount={max}
      listType="picture"
      fileList={files}
      onChange={({ fileList }) => {
        const list = fileList.map((f) =>
          f.status === 'done' && f.response?.hasThumbnail
            ? { ...f, thumbUrl: attachmentsApi.thumbnailUrl(f.response.id) }
            : f,
        );
        setFiles(list);
        emit(list);
      }}
      onRemove={(file) => {
        if (file.status === 'done' && file.response)
          void attachmentsApi.remove(file.response.id).catch(() => undefined);
        return true;
      }}
      beforeUpload={(file) => {
        if (file.size > maxMiB * 1024 * 1024) {
          message.error(t('evidence.tooLarge', { name: file.name, max: maxMiB }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError, onProgress }) => {
        attachmentsApi
          .upload(file as File, (percent) => onProgress?.({ percent }))
          .then((a) => onSuccess?.(a))
          .catch((e: unknown) => {
            message.error(errorMessage(t, e));
            onError?.(e instanceof Error ? e : new Error(String(e)));
          });
      }}
    >
      <Button icon={<PaperClipOutlined />} disabled={disabled}>
        {t('evidence.add')}
      </Button>
      <div style={{ color: '#595959', fontSize: 12, marginTop: 4 }}>
        {t('evidence.hint', { max: maxMiB })}
      </div>
    </Upload>
  );
}

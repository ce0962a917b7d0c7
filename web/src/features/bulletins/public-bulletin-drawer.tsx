import { Alert, App, Button, Drawer, Flex, Input, Popconfirm, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { bulletinPublicApi, type BulletinPublicVersion } from '../../api/feedback';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { PublicBulletinPreview } from './public-bulletin-preview';

/**
 * 公开版: the office reads the public version of a published bulletin (a preview until it is public), writes
 * an optional foreword, and switches it public or back. The internal bulletin itself never goes out.
 */
export function PublicBulletinDrawer({
  bulletinId,
  open,
  onClose,
  onChanged,
}: {
  bulletinId: string;
  open: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const loaded = useRequest(
    (signal) => (open ? bulletinPublicApi.get(bulletinId, signal) : Promise.resolve(null)),
    [bulletinId, open],
  );
  const [view, setView] = useState<BulletinPublicVersion | null>(null);
  const [foreword, setForeword] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!loaded.data) return;
    setView(loaded.data);
    setForeword(loaded.data.foreword ?? '');
  }, [loaded.data]);

  const save = async (isPublic: boolean) => {
    setSaving(true);
    try {
      const saved = await bulletinPublicApi.save(bulletinId, { isPublic, foreword: foreword.trim() || null });
      setView(saved);
      message.success(t(isPublic ? 'publicBulletin.madePublic' : 'publicBulletin.withdrawn'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const v = view;
  const can = v?.abilities.update ?? false;
  return (
    <Drawer open={open} onClose={onClose} title={t('publicBulletin.title')} size="large" destroyOnHidden>
      {loaded.error ? <Alert type="error" showIcon title={errorMessage(t, loaded.error)} /> : null}
      {!v ? (
        loaded.loading ? (
          <Spin />
        ) : null
      ) : (
        <Flex vertical gap={12}>
          {v.isPublic ? (
            <Alert
              type="success"
              showIcon
              title={t('publicBulletin.isPublic')}
              description={
                <a href={v.publicPath} target="_blank" rel="noreferrer">
                  {v.publicPath}
                </a>
              }
            />
          ) : (
            <Alert
              type="info"
              showIcon
              title={t('publicBulletin.notPublic')}
              description={t('publicBulletin.what')}
            />
          )}
          {v.superseded ? <Alert type="warning" showIcon title={t('publicBulletin.superseded')} /> : null}
          <div>
            <Typography.Text strong>{t('publicBulletin.foreword')}</Typography.Text>
            <Input.TextArea
              aria-label={t('publicBulletin.foreword')}
              value={foreword}
              disabled={!can}
              maxLength={2000}
              showCount
              autoSize={{ minRows: 3, maxRows: 8 }}
              placeholder={t('publicBulletin.forewordHint')}
              onChange={(e) => setForeword(e.target.value)}
            />
          </div>
          {can ? (
            <Flex gap={8} wrap>
              <Popconfirm
                title={t(v.isPublic ? 'publicBulletin.updateConfirm' : 'publicBulletin.publishConfirm')}
                onConfirm={() => void save(true)}
              >
                <Button type="primary" loading={saving}>
                  {t(v.isPublic ? 'publicBulletin.update' : 'publicBulletin.makePublic')}
                </Button>
              </Popconfirm>
              {v.isPublic ? (
                <Popconfirm title={t('publicBulletin.withdrawConfirm')} onConfirm={() => void save(false)}>
                  <Button danger loading={saving}>
                    {t('publicBulletin.withdraw')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Flex>
          ) : null}
          <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
            {t(v.isPublic ? 'publicBulletin.shown' : 'publicBulletin.preview')}
          </Typography.Title>
          <div style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 16 }}>
            <PublicBulletinPreview preview={v.preview} foreword={foreword.trim() || null} />
          </div>
        </Flex>
      )}
    </Drawer>
  );
}

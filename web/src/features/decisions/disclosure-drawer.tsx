import { App, Alert, Button, Checkbox, Drawer, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { disclosureApi, PUBLIC_SCOPES, type DecisionDisclosure, type PublicScope } from '../../api/feedback';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { LivelihoodSwitches } from './livelihood-switches';

/**
 * 公开设置: which of a decision's tasks show on the public page (none by default, all, or the chosen ones).
 * Tasks the server says cannot be public (drafts, stopped ones) are shown but cannot be ticked.
 */
export function DisclosureDrawer({
  decisionId,
  open,
  onClose,
}: {
  decisionId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const loaded = useRequest(
    (signal) => (open ? disclosureApi.get(decisionId, signal) : Promise.resolve(null)),
    [decisionId, open],
  );
  const [current, setCurrent] = useState<DecisionDisclosure | null>(null);
  const [scope, setScope] = useState<PublicScope>('none');
  const [chosen, setChosen] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!loaded.data) return;
    setCurrent(loaded.data);
    setScope(loaded.data.scope);
    setChosen(loaded.data.taskIds);
  }, [loaded.data]);

  const save = async () => {
    if (!current) return;
    setSaving(true);
    try {
      const saved = await disclosureApi.save(decisionId, {
        scope,
        taskIds: scope === 'chosen' ? chosen : [],
        version: current.version,
      });
      setCurrent(saved);
      message.success(t('disclosure.saved'));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const d = current;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('disclosure.title')}
      size="large"
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={saving}
          disabled={!d || !d.abilities.update}
          onClick={() => void save()}
        >
          {t('common.save')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('disclosure.intro')}</Typography.Paragraph>
      {loaded.error ? <Alert type="error" showIcon title={errorMessage(t, loaded.error)} /> : null}
      {d ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div>
            <Typography.Text strong>{t('disclosure.scope')}</Typography.Text>
            <div>
              <Radio.Group
                value={scope}
                onChange={(e) => setScope(e.target.value as PublicScope)}
                options={PUBLIC_SCOPES.map((s) => ({ value: s, label: t(`disclosure.scope.${s}`) }))}
              />
            </div>
          </div>
          {scope === 'chosen' ? (
            <div>
              <Typography.Text strong>{t('disclosure.tasks')}</Typography.Text>
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 6 }}
                value={chosen}
                onChange={(v) => setChosen(v as string[])}
                options={d.tasks.map((task) => ({
                  value: task.id,
                  disabled: !task.canBePublic,
                  label: (
                    <span>
                      {task.code ? `${task.code} ` : ''}
                      {task.title}
                      {task.canBePublic ? null : (
                        <Typography.Text type="secondary">
                          {' '}
                          （{t('disclosure.notPublishable')}）
                        </Typography.Text>
                      )}
                    </span>
                  ),
                }))}
              />
            </div>
          ) : null}
          <div>
            <Typography.Text strong>{t('disclosure.publicPage')}：</Typography.Text>
            <a href={d.publicPath} target="_blank" rel="noreferrer">
              {d.publicPath}
            </a>
          </div>
          <LivelihoodSwitches disclosure={d} />
        </Space>
      ) : null}
    </Drawer>
  );
}

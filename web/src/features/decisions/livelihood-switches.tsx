import { App, Switch, Typography } from 'antd';
import { useState } from 'react';
import { livelihoodApi, type DecisionDisclosure } from '../../api/feedback';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

/**
 * 民生实事: a switch per task of the decision. A marked task shows on the public livelihood list while at
 * work or done (independently of the 公开范围 above); each switch saves at once. The server says who may.
 */
export function LivelihoodSwitches({ disclosure }: { disclosure: DecisionDisclosure }) {
  const t = useT();
  const { message } = App.useApp();
  const [marks, setMarks] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(disclosure.tasks.map((task) => [task.id, task.isLivelihood])),
  );
  const [saving, setSaving] = useState<string | null>(null);
  const can = disclosure.abilities.markLivelihood;

  const toggle = async (taskId: string, isLivelihood: boolean) => {
    setSaving(taskId);
    try {
      const saved = await livelihoodApi.set(taskId, { isLivelihood });
      setMarks((m) => ({ ...m, [taskId]: saved.isLivelihood }));
      message.success(t(saved.isLivelihood ? 'livelihood.marked' : 'livelihood.unmarked'));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setSaving(null);
    }
  };

  return (
    <div>
      <Typography.Text strong>{t('livelihood.title')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 6px' }}>
        {t('livelihood.intro')}
      </Typography.Paragraph>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {disclosure.tasks.map((task) => {
          const label = `${task.code ? `${task.code} ` : ''}${task.title}`;
          return (
            <li key={task.id} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0' }}>
              <Switch
                size="small"
                checked={marks[task.id] ?? false}
                disabled={!can}
                loading={saving === task.id}
                aria-label={`${t('livelihood.switch')}：${label}`}
                onChange={(v) => void toggle(task.id, v)}
              />
              <span>{label}</span>
            </li>
          );
        })}
      </ul>
      <div style={{ marginTop: 6 }}>
        <Typography.Text strong>{t('livelihood.publicPage')}：</Typography.Text>
        <a href={disclosure.livelihoodPath} target="_blank" rel="noreferrer">
          {disclosure.livelihoodPath}
        </a>
      </div>
    </div>
  );
}

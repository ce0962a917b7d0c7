import { Card, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';

/**
 * The extraction request is synchronous and says nothing until it ends; this bar advances towards 95% with
 * time (fast at first, slower later) so a long report does not look stuck.
 */
export function ExtractProgress({ running, textLength }: { running: boolean; textLength: number }) {
  const t = useT();
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    if (!running) {
      setPercent(0);
      return;
    }
    const started = Date.now();
    // About one second per 20,000 characters, never under two seconds, as the expected time.
    const expected = Math.max(2000, (textLength / 20000) * 1000);
    const timer = window.setInterval(() => {
      const elapsed = Date.now() - started;
      setPercent(Math.min(95, Math.round(95 * (1 - Math.exp(-elapsed / expected)))));
    }, 200);
    return () => window.clearInterval(timer);
  }, [running, textLength]);

  if (!running) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} role="status" aria-live="polite">
      <Typography.Text strong>{t('extract.running')}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
        {t('extract.runningHint', { count: textLength.toLocaleString('zh-CN') })}
      </Typography.Text>
      <Progress percent={percent} status="active" />
    </Card>
  );
}

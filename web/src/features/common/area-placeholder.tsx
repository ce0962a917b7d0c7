import { Card, Empty, Typography } from 'antd';
import { useT, type MessageKey } from '../../i18n/i18n';

/** A page of a later issue: its title and what will be here / what to do first. */
export function AreaPlaceholder({ titleKey, emptyKey }: { titleKey: MessageKey; emptyKey: MessageKey }) {
  const t = useT();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t(titleKey)}
      </Typography.Title>
      <Card>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={<span style={{ maxWidth: 560, display: 'inline-block' }}>{t(emptyKey)}</span>}
        />
      </Card>
    </>
  );
}

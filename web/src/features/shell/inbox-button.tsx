import { BellOutlined, RightOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { inboxApi } from '../../api/endpoints';
import type { InboxItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { inboxTarget } from './inbox-target';
import { useInbox } from './use-inbox';

const white = { color: '#fff' } as const;

/** The bell of the top bar: unread count, the newest messages; a click marks one read and opens its task. */
export function InboxButton() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { inbox, reload } = useInbox();
  const [open, setOpen] = useState(false);

  const openItem = async (item: InboxItem) => {
    setOpen(false);
    if (!item.readAt) {
      try {
        await inboxApi.markRead(item.id);
      } catch (e) {
        message.error(errorMessage(t, e));
      }
      reload();
    }
    const target = inboxTarget(item);
    if (target) navigate(target);
  };

  const readAll = async () => {
    try {
      await inboxApi.markAllRead();
      reload();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const content = (
    <div style={{ width: 340, maxWidth: 'calc(100vw - 32px)' }}>
      {inbox.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topbar.inboxEmpty')} />
      ) : (
        <List<InboxItem>
          size="small"
          dataSource={inbox.items}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(item) => (
            <List.Item
              className="luoshi-inbox-item"
              data-target={inboxTarget(item) ?? undefined}
              style={{ cursor: 'pointer', background: item.readAt ? undefined : '#f3f7fc', paddingInline: 8 }}
              onClick={() => void openItem(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') void openItem(item);
              }}
              tabIndex={0}
              role="button"
            >
              <div style={{ minWidth: 0, width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong={!item.readAt} ellipsis style={{ minWidth: 0 }}>
                    {item.readAt ? null : <Badge status="processing" style={{ marginInlineEnd: 6 }} />}
                    {item.title}
                  </Typography.Text>
                  {/* Where it leads: every notification that names something opens it. */}
                  {inboxTarget(item) ? (
                    <RightOutlined
                      aria-hidden
                      style={{ color: '#8c8c8c', fontSize: 12, flex: 'none', marginTop: 5 }}
                    />
                  ) : null}
                </Flex>
                {item.body ? (
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 2 }}
                    style={{ margin: 0, fontSize: 13 }}
                  >
                    {item.body}
                  </Typography.Paragraph>
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reload();
      }}
      title={
        <Flex justify="space-between" align="center">
          <span>{t('topbar.inbox')}</span>
          {inbox.unread > 0 ? (
            <Button type="link" size="small" onClick={() => void readAll()}>
              {t('inbox.readAll')}
            </Button>
          ) : null}
        </Flex>
      }
      content={content}
    >
      <Button type="text" style={white} aria-label={t('topbar.inboxUnread', { count: inbox.unread })}>
        <Badge count={inbox.unread} size="small" overflowCount={99}>
          <BellOutlined style={{ ...white, fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}

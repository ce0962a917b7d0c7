import {
  DownOutlined,
  LockOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession, useMe } from '../auth/session';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { LanguageSwitch } from './language-switch';
import { InboxButton } from './inbox-button';
import { unitOrOffice } from '../common/unit-or-office';

const white = { color: '#fff' } as const;

/** District name, the inbox, the language switch and the user's menu. */
export function TopBar({ isMobile, onOpenMenu }: { isMobile: boolean; onOpenMenu: () => void }) {
  const t = useT();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const onLogout = async () => {
    try {
      await logout();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
    navigate('/login', { replace: true });
  };

  return (
    <Flex align="center" justify="space-between" style={{ height: '100%', gap: 8 }}>
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        {isMobile ? (
          <Button
            type="text"
            icon={<MenuOutlined />}
            style={white}
            aria-label={t('menu.open')}
            onClick={onOpenMenu}
          />
        ) : null}
        <Link to="/" style={{ ...white, display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
          <span
            aria-hidden
            style={{
              width: 32,
              height: 32,
              borderRadius: 4,
              background: '#fff',
              color: '#b71c1c',
              fontWeight: 700,
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              flex: 'none',
            }}
          >
            落
          </span>
          <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.25, minWidth: 0 }}>
            <span
              style={{
                fontSize: 16,
                fontWeight: 600,
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
              }}
            >
              {me.tenant.name}
            </span>
            {isMobile ? null : (
              <span style={{ fontSize: 12, opacity: 0.9, whiteSpace: 'nowrap' }}>{t('app.subtitle')}</span>
            )}
          </span>
        </Link>
      </Flex>

      <Flex align="center" gap={isMobile ? 0 : 4} style={{ flex: 'none' }}>
        <InboxButton />
        <LanguageSwitch light />
        <Dropdown
          trigger={['click']}
          placement="bottomRight"
          menu={{
            items: [
              { key: 'password', icon: <LockOutlined />, label: t('topbar.changePassword') },
              { key: 'security', icon: <SafetyCertificateOutlined />, label: t('security.menu') },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined />, label: t('topbar.logout'), danger: true },
            ],
            onClick: ({ key }) => {
              if (key === 'password') navigate('/password');
              if (key === 'security') navigate('/security');
              if (key === 'logout') void onLogout();
            },
          }}
        >
          <Button
            type="text"
            style={{ ...white, height: 'auto', padding: '4px 8px' }}
            aria-label={`${t('topbar.userMenu')}: ${me.displayName}`}
          >
            <Flex align="center" gap={8}>
              <UserOutlined />
              <span
                style={{
                  display: 'flex',
                  flexDirection: 'column',
                  alignItems: 'flex-start',
                  lineHeight: 1.25,
                }}
              >
                <span style={{ fontWeight: 500 }}>{me.displayName}</span>
                {isMobile ? null : (
                  <Typography.Text style={{ ...white, fontSize: 12, opacity: 0.9 }}>
                    {unitOrOffice(t, me.unitName, me.roles)}
                  </Typography.Text>
                )}
              </span>
              <DownOutlined style={{ fontSize: 10 }} />
            </Flex>
          </Button>
        </Dropdown>
      </Flex>
    </Flex>
  );
}

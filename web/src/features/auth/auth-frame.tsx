import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../shell/language-switch';

/** The frame of pages shown before the app proper: login and the forced password change. */
export function AuthFrame({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  const t = useT();
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#f2f4f7' }}>
      <header className="luoshi-header" style={{ background: '#b71c1c', color: '#fff', padding: '0 16px' }}>
        <Flex
          align="center"
          justify="space-between"
          style={{ maxWidth: 1080, margin: '0 auto', minHeight: 56 }}
          gap={8}
        >
          <Flex align="center" gap={10} style={{ minWidth: 0 }}>
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
            <span style={{ fontSize: 16, fontWeight: 600 }}>{t('app.name')}</span>
          </Flex>
          <Flex align="center" gap={4}>
            {extra}
            <LanguageSwitch light />
          </Flex>
        </Flex>
      </header>
      <main
        id="main"
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          padding: '40px 16px',
        }}
      >
        <Typography.Title
          level={1}
          style={{ fontSize: 24, textAlign: 'center', marginBottom: 4, color: '#1f1f1f' }}
        >
          {t('app.fullName')}
        </Typography.Title>
        <Typography.Paragraph
          type="secondary"
          style={{ textAlign: 'center', marginBottom: 28, letterSpacing: 1 }}
        >
          {t('app.slogan')}
        </Typography.Paragraph>
        {children}
      </main>
      <footer style={{ textAlign: 'center', padding: '16px', color: '#595959', fontSize: 12 }}>
        {t('app.footer')}
      </footer>
    </div>
  );
}

import { Breadcrumb, Drawer, Grid, Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../../i18n/i18n';
import { PageSpinner } from '../common/page-spinner';
import { breadcrumbFor } from './menu';
import { SideMenu } from './side-menu';
import { TopBar } from './top-bar';

const SIDER_COLLAPSED_KEY = 'luoshi.siderCollapsed';

/** The frame of every signed-in page: top bar, role menu (a drawer on a phone), breadcrumb, content. */
export function AppLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  // Until the first measure, assume desktop; md = ≥768px.
  const isMobile = screens.md === false;
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(() => {
    try {
      return window.localStorage.getItem(SIDER_COLLAPSED_KEY) === '1';
    } catch {
      return false;
    }
  });

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const onCollapse = (value: boolean) => {
    setCollapsed(value);
    try {
      window.localStorage.setItem(SIDER_COLLAPSED_KEY, value ? '1' : '0');
    } catch {
      // ignore
    }
  };

  const crumbs = breadcrumbFor(location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="luoshi-skip-link">
        {t('app.skipToContent')}
      </a>
      <Layout.Header
        className="luoshi-header"
        style={{ position: 'sticky', top: 0, zIndex: 100, paddingInline: isMobile ? 8 : 16 }}
      >
        <TopBar isMobile={isMobile} onOpenMenu={() => setDrawerOpen(true)} />
      </Layout.Header>
      <Layout>
        {isMobile ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title={t('app.name')}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('menu.navigation')}>
              <SideMenu onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </Drawer>
        ) : (
          <Layout.Sider
            className="luoshi-sider"
            width={208}
            collapsible
            collapsed={collapsed}
            onCollapse={onCollapse}
            theme="light"
            style={{
              borderInlineEnd: '1px solid #e5e7eb',
              position: 'sticky',
              top: 56,
              height: 'calc(100vh - 56px)',
              overflow: 'auto',
            }}
          >
            <nav aria-label={t('menu.navigation')}>
              <SideMenu collapsed={collapsed} />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content
          id="main"
          tabIndex={-1}
          style={{ padding: isMobile ? 12 : 24, minWidth: 0, outline: 'none' }}
        >
          {crumbs.length > 0 ? (
            <Breadcrumb
              style={{ marginBottom: 12 }}
              items={crumbs.map((c) => ({
                key: c.labelKey,
                title: c.path ? <Link to={c.path}>{t(c.labelKey)}</Link> : t(c.labelKey),
              }))}
            />
          ) : null}
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import { Menu, type MenuProps } from 'antd';
import { createElement, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/session';
import { useT } from '../../i18n/i18n';
import { menuFor, selectedMenuKey } from './menu';

/** The left menu: the areas the server offers this user. */
export function SideMenu({ collapsed, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { selected, open } = selectedMenuKey(location.pathname, me.abilities.areas);
  const [openKeys, setOpenKeys] = useState<string[]>(open ? [open] : []);

  useEffect(() => {
    if (open) setOpenKeys((keys) => (keys.includes(open) ? keys : [...keys, open]));
  }, [open]);

  const paths = new Map<string, string>();
  const items: MenuProps['items'] = menuFor(me.abilities.areas).map((m) => {
    if (m.children) {
      return {
        key: m.area,
        icon: createElement(m.icon),
        label: t(m.labelKey),
        children: m.children.map((c) => {
          paths.set(c.key, c.path);
          return { key: c.key, label: t(c.labelKey) };
        }),
      };
    }
    paths.set(m.area, m.path ?? '/');
    return { key: m.area, icon: createElement(m.icon), label: t(m.labelKey) };
  });

  return (
    <Menu
      mode="inline"
      inlineCollapsed={collapsed}
      selectedKeys={selected ? [selected] : []}
      {...(collapsed ? {} : { openKeys, onOpenChange: (keys: string[]) => setOpenKeys(keys) })}
      items={items}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        const path = paths.get(key);
        if (path) navigate(path);
        onNavigate?.();
      }}
    />
  );
}

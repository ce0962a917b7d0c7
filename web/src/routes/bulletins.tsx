import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Bulletins area: what will be here, until its issue replaces this page. */
export function BulletinsPage() {
  return <AreaPlaceholder titleKey="area.bulletins.title" emptyKey="area.bulletins.empty" />;
}

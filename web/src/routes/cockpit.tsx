import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Cockpit area: what will be here, until its issue replaces this page. */
export function CockpitPage() {
  return <AreaPlaceholder titleKey="area.cockpit.title" emptyKey="area.cockpit.empty" />;
}

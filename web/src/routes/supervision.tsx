import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Supervision area: what will be here, until its issue replaces this page. */
export function SupervisionPage() {
  return <AreaPlaceholder titleKey="area.supervision.title" emptyKey="area.supervision.empty" />;
}

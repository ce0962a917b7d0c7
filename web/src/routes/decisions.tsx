import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Decisions area: what will be here, until its issue replaces this page. */
export function DecisionsPage() {
  return <AreaPlaceholder titleKey="area.decisions.title" emptyKey="area.decisions.empty" />;
}

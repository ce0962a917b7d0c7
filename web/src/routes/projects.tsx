import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Projects area: what will be here, until its issue replaces this page. */
export function ProjectsPage() {
  return <AreaPlaceholder titleKey="area.projects.title" emptyKey="area.projects.empty" />;
}

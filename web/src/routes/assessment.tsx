import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Assessment area: what will be here, until its issue replaces this page. */
export function AssessmentPage() {
  return <AreaPlaceholder titleKey="area.assessment.title" emptyKey="area.assessment.empty" />;
}

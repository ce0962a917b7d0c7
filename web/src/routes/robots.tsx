import { PageTitle } from '../features/common/page-title';
import { RobotsSection } from '../features/settings/robots-section';
import { useT } from '../i18n/i18n';

/** 群机器人: the office's page of the messenger robots (the administrator has the same on the settings page). */
export function RobotsPage() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('robots.title')} />
      <RobotsSection />
    </>
  );
}

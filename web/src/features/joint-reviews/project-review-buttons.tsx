import { AuditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { OpenReviewDialog } from './open-review-dialog';

/** On a project's page: its joint reviews, and (the office) opening one for it. */
export function ProjectReviewButtons({ projectId, canOpen }: { projectId: string; canOpen: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  if (!me.abilities.areas.includes('joint_reviews')) return null;
  return (
    <>
      <Button icon={<AuditOutlined />} onClick={() => navigate(`/joint-reviews?projectId=${projectId}`)}>
        {t('jointReview.ofProject')}
      </Button>
      {canOpen ? <Button onClick={() => setOpening(true)}>{t('jointReview.open')}</Button> : null}
      <OpenReviewDialog
        open={opening}
        projectId={projectId}
        onClose={() => setOpening(false)}
        onOpened={(r) => {
          setOpening(false);
          void navigate(`/joint-reviews/${r.id}`);
        }}
      />
    </>
  );
}

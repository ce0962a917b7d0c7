import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { surveysApi, type Survey } from '../api/surveys';
import { useRequest } from '../api/use-request';
import { useSession } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { SURVEY_STATUS_COLORS } from '../features/surveys/survey-labels';
import { SurveyFormModal } from '../features/surveys/survey-form-modal';
import { useT } from '../i18n/i18n';

/** 满意度测评: the district's surveys; the office builds new ones (drafts), leaders read them. */
export function SurveysPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useSession();
  const list = useRequest((signal) => surveysApi.list(signal), []);
  const [creating, setCreating] = useState(false);
  const canCreate = Boolean(me?.abilities.manageSurveys);
  return (
    <div>
      <PageTitle
        title={t('survey.pageTitle')}
        extra={
          canCreate ? (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('survey.new')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('survey.pageIntro')}</Typography.Paragraph>
      <Card>
        {list.error && !list.loading ? (
          <Empty description={t('common.loadFailed', { message: errorMessage(t, list.error) })}>
            <Button onClick={list.reload}>{t('common.retry')}</Button>
          </Empty>
        ) : (
          <Table<Survey>
            rowKey="id"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            tableLayout="fixed"
            scroll={{ x: 760 }}
            pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('survey.empty')} />,
            }}
            columns={[
              {
                title: t('survey.titleField'),
                key: 'title',
                ellipsis: { showTitle: true },
                render: (_, s) => <Link to={`/surveys/${s.id}`}>{s.title}</Link>,
              },
              {
                title: t('survey.subjects'),
                key: 'subjects',
                width: 200,
                ellipsis: { showTitle: true },
                render: (_, s) => s.subjects.map((x) => x.label).join('、'),
              },
              {
                title: t('survey.dates'),
                key: 'dates',
                width: 200,
                render: (_, s) => `${s.opensOn} ~ ${s.closesOn}`,
              },
              {
                title: t('common.status'),
                key: 'status',
                width: 90,
                render: (_, s) => (
                  <Tag color={SURVEY_STATUS_COLORS[s.status]}>{t(`survey.status.${s.status}`)}</Tag>
                ),
              },
              {
                title: t('survey.answerCount'),
                dataIndex: 'answerCount',
                key: 'answers',
                width: 90,
                align: 'right',
              },
            ]}
          />
        )}
      </Card>
      <SurveyFormModal
        open={creating}
        survey={null}
        onClose={() => setCreating(false)}
        onSaved={(s) => {
          setCreating(false);
          void navigate(`/surveys/${s.id}`);
        }}
      />
    </div>
  );
}

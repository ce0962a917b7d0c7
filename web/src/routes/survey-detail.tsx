import { App, Button, Card, Descriptions, Empty, Popconfirm, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { surveysApi, type Survey } from '../api/surveys';
import { useRequest } from '../api/use-request';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { AnswersTab } from '../features/surveys/answers-tab';
import { CodesTab } from '../features/surveys/codes-tab';
import { PhoneTab } from '../features/surveys/phone-tab';
import { ResultsTab } from '../features/surveys/results-tab';
import { SurveyFormModal } from '../features/surveys/survey-form-modal';
import { SURVEY_STATUS_COLORS } from '../features/surveys/survey-labels';
import { useT } from '../i18n/i18n';

/** One survey: its questions, codes (QR cards), results, answers (voiding) and the telephone follow-up. */
export function SurveyDetailPage() {
  const t = useT();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const loaded = useRequest((signal) => surveysApi.get(id, signal), [id]);
  const [fresh, setFresh] = useState<Survey | null>(null);
  const [editing, setEditing] = useState(false);
  const survey = fresh && fresh.id === id ? fresh : loaded.data;

  if (!survey)
    return loaded.error ? (
      <Empty description={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}>
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Empty>
    ) : (
      <Card loading />
    );

  const move = async (to: 'open' | 'closed') => {
    try {
      setFresh(await surveysApi.move(survey.id, { version: survey.version, to }));
      message.success(t(to === 'open' ? 'survey.opened' : 'survey.closedDone'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const a = survey.abilities;
  const tab = filters.tab || 'questions';
  return (
    <div>
      <PageTitle
        title={
          <>
            {survey.title}{' '}
            <Tag color={SURVEY_STATUS_COLORS[survey.status]}>{t(`survey.status.${survey.status}`)}</Tag>
          </>
        }
        extra={
          <>
            {a.edit ? <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button> : null}
            {a.open ? (
              <Popconfirm title={t('survey.openConfirm')} onConfirm={() => move('open')}>
                <Button type="primary">{t('survey.open')}</Button>
              </Popconfirm>
            ) : null}
            {a.close ? (
              <Popconfirm title={t('survey.closeConfirm')} onConfirm={() => move('closed')}>
                <Button>{t('survey.close')}</Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setFilters({ tab: k })}
        items={[
          {
            key: 'questions',
            label: t('survey.tab.questions'),
            children: <Overview survey={survey} />,
          },
          ...(a.makeCodes || survey.codeCount > 0
            ? [
                {
                  key: 'codes',
                  label: t('survey.tab.codes'),
                  children: <CodesTab survey={survey} onChanged={setFresh} />,
                },
              ]
            : []),
          { key: 'results', label: t('survey.tab.results'), children: <ResultsTab surveyId={survey.id} /> },
          { key: 'answers', label: t('survey.tab.answers'), children: <AnswersTab survey={survey} /> },
          ...(a.recordPhone
            ? [{ key: 'phone', label: t('survey.tab.phone'), children: <PhoneTab survey={survey} /> }]
            : []),
        ]}
      />
      <SurveyFormModal
        open={editing}
        survey={survey}
        onClose={() => setEditing(false)}
        onSaved={(s) => {
          setEditing(false);
          setFresh(s);
        }}
      />
    </div>
  );
}

function Overview({ survey }: { survey: Survey }) {
  const t = useT();
  const link = survey.linkPath ? `${window.location.origin}${survey.linkPath}` : null;
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('survey.subjects')} span={2}>
          {survey.subjects.map((s) => s.label).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('survey.audiences')}>
          {survey.audiences.map((x) => t(`survey.audience.${x}`)).join('、')}
        </Descriptions.Item>
        <Descriptions.Item
          label={t('survey.dates')}
        >{`${survey.opensOn} ~ ${survey.closesOn}`}</Descriptions.Item>
        <Descriptions.Item label={t('survey.answerCount')}>{survey.answerCount}</Descriptions.Item>
        <Descriptions.Item label={t('survey.codeCount')}>{survey.codeCount}</Descriptions.Item>
        {link ? (
          <Descriptions.Item label={t('survey.openLink')} span={2}>
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {link}
            </Typography.Text>
            {survey.linkMaxAnswers ? ` (${t('survey.linkMaxAnswers')} ${survey.linkMaxAnswers})` : ''}
          </Descriptions.Item>
        ) : null}
        {survey.intro ? (
          <Descriptions.Item label={t('survey.intro')} span={2}>
            {survey.intro}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('survey.questions')}
      </Typography.Title>
      <ol>
        {survey.questions.map((q) => (
          <li key={q.id}>
            {q.text} <Tag>{t(`survey.scale.${q.scale}`)}</Tag>
          </li>
        ))}
      </ol>
    </Card>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Space, Spin, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { assessmentApi } from '../api/assessment';
import { ApiError } from '../api/client';
import { useRequest } from '../api/use-request';
import { AchievementsTab } from '../features/assessment/achievements-tab';
import { EntriesTab } from '../features/assessment/entries-tab';
import { currentYear } from '../features/assessment/labels';
import { RankingTab } from '../features/assessment/ranking-tab';
import { SchemeTab } from '../features/assessment/scheme-tab';
import { UnitBreakdown } from '../features/assessment/unit-breakdown';
import { useMe } from '../features/auth/session';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { useT } from '../i18n/i18n';
import { LoadFailed } from '../features/assessment/load-failed';
import { appealsApi } from '../api/appeals';
import { AppealButton } from '../features/appeals/appeal-button';
import { AppealSlotProvider, type AppealSlot } from '../features/appeals/appeal-slot';
import { AppealsTab } from '../features/appeals/appeals-tab';

const TABS = ['ranking', 'appeals', 'scheme', 'entries', 'achievements'] as const;
type TabKey = (typeof TABS)[number];

/** The year in the URL (?year=), else this year. */
function useYear(): [number, (year: number) => void] {
  const [filters, setFilters] = useUrlFilters(['year'] as const);
  const parsed = Number(filters.year);
  const year = Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : currentYear();
  return [year, (y) => setFilters({ year: y === currentYear() ? null : y })];
}

/** 考核评价: ranking, scheme (office only), entries, achievements; the tab and year are kept in the URL. */
function AssessmentTabs() {
  const t = useT();
  const me = useMe();
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const [year, setYear] = useYear();
  const isOffice = me.abilities.manageAssessment;
  const tabs = TABS.filter((k) => k !== 'scheme' || isOffice);
  const tab: TabKey = (tabs as readonly string[]).includes(filters.tab) ? (filters.tab as TabKey) : 'ranking';
  return (
    <>
      <PageTitle
        title={t('assess.title')}
        extra={
          <Space>
            <Typography.Text>{t('assess.year')}</Typography.Text>
            <DatePicker
              picker="year"
              aria-label={t('assess.year')}
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              format={(d) => t('assess.yearValue', { year: d.year() })}
              onChange={(d) => d && setYear(d.year())}
              style={{ width: 130 }}
            />
          </Space>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setFilters({ tab: key === 'ranking' ? null : key })}
          destroyOnHidden
          items={[
            { key: 'ranking', label: t('assess.tabRanking'), children: <RankingTab year={year} /> },
            { key: 'appeals', label: t('appeals.tab'), children: <AppealsTab year={year} /> },
            ...(isOffice
              ? [{ key: 'scheme', label: t('assess.tabScheme'), children: <SchemeTab year={year} /> }]
              : []),
            { key: 'entries', label: t('assess.tabEntries'), children: <EntriesTab year={year} /> },
            {
              key: 'achievements',
              label: t('assess.tabAchievements'),
              children: <AchievementsTab year={year} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

/** 单位得分明细 on its own page: /assessment/units/:unitId?year=&asOf= (or &version=N, a finalized snapshot). */
function UnitPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { unitId = '' } = useParams();
  const [year] = useYear();
  const [filters] = useUrlFilters(['asOf', 'version'] as const);
  const version = Number(filters.version) || undefined;
  // The unit's breakdown with its evidence lists, in one request (the results list carries counts only).
  const result = useRequest(
    (signal) =>
      assessmentApi.unitResult(
        unitId,
        { year, ...(version ? { version } : filters.asOf ? { asOf: filters.asOf } : {}) },
        signal,
      ),
    [unitId, year, filters.asOf, version],
  );
  const publication = useRequest((signal) => appealsApi.publication(year, signal), [year]);
  const pub = publication.data?.publication;
  // A unit's people appeal items of its latest finalized result while the window is open (申诉).
  const canAppeal =
    Boolean(publication.data?.abilities.appeal) &&
    unitId === me.unitId &&
    (version === undefined || version === publication.data?.latestVersion);
  const appealSlot: AppealSlot | null = canAppeal
    ? (kind, key, label) => (
        <AppealButton
          year={year}
          targetKind={kind}
          targetKey={key}
          label={label}
          onFiled={() => navigate(`/assessment?tab=appeals&year=${year}`)}
        />
      )
    : null;
  // Another unit's headline line (name, total, rank) carries no breakdown to show: 404, as a unit not assessed.
  const notFound = result.error instanceof ApiError && result.error.status === 404;
  const back = `/assessment?${new URLSearchParams({ ...(year !== currentYear() ? { year: String(year) } : {}), ...(filters.asOf ? { asOf: filters.asOf } : {}), ...(version ? { version: String(version) } : {}) }).toString()}`;
  return (
    <>
      <Button
        type="link"
        className="luoshi-no-print"
        icon={<ArrowLeftOutlined />}
        style={{ paddingInline: 0, marginBottom: 8 }}
        onClick={() => navigate(back)}
      >
        {t('breakdown.back')}
      </Button>
      {notFound && !result.loading ? (
        <Empty description={t('breakdown.notFound')} />
      ) : result.error && !result.loading ? (
        <LoadFailed error={result.error} onRetry={result.reload} />
      ) : !result.data || result.loading ? (
        <Spin
          aria-label={t('breakdown.loading')}
          description={t('breakdown.loading')}
          style={{ display: 'block', margin: '48px auto' }}
        />
      ) : (
        <>
          <PageTitle title={t('breakdown.title', { unit: result.data.unit.unitName, year })} />
          {pub ? (
            <Alert
              type={pub.isFinal ? 'success' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              title={
                pub.isFinal
                  ? t('appeals.final', { end: pub.windowEndsOn })
                  : t('appeals.windowOpen', { start: pub.publishedOn, end: pub.windowEndsOn })
              }
              description={canAppeal ? t('appeals.howToAppeal') : undefined}
            />
          ) : null}
          <AppealSlotProvider value={appealSlot}>
            <UnitBreakdown result={result.data} group={result.data.group} unit={result.data.unit} />
          </AppealSlotProvider>
        </>
      )}
    </>
  );
}

/** The assessment area: the tabbed page and a unit's breakdown page. */
export function AssessmentPage() {
  return (
    <Routes>
      <Route index element={<AssessmentTabs />} />
      <Route path="units/:unitId" element={<UnitPage />} />
    </Routes>
  );
}

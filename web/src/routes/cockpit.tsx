import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Grid, Row, Segmented, Skeleton, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CockpitUnit, CockpitView } from '../api/cockpit';
import { useMe } from '../features/auth/session';
import { CockpitFigures } from '../features/cockpit/cockpit-figures';
import { CockpitProjects } from '../features/cockpit/cockpit-projects';
import { CaseDeadlinesCard } from '../features/cockpit/case-deadlines-card';
import { CockpitTaskList, InstructionList, RectificationList } from '../features/cockpit/cockpit-lists';
import '../features/cockpit/cockpit.css';
import { ScreenMode } from '../features/cockpit/screen-mode';
import { CockpitViewSwitch } from '../features/cockpit/view-switch';
import { LazyUnitLightsChart as UnitLightsChart } from '../features/cockpit/lazy-chart';
import { ledgerLinkOf } from '../features/cockpit/links';
import { prefetchCockpit, useCockpit } from '../features/cockpit/use-cockpit';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { useT } from '../i18n/i18n';

// The figures are fetched while React renders the frame: the request starts as this code arrives.
prefetchCockpit();

/** Units shown before "show all": the worst first, so the ones that need attention are always in view. */
const UNITS_SHOWN = 15;

/** 各牵头单位红黄绿灯: the stacked bars (a click opens the ledger filtered) or the same numbers as a table. */
function UnitsCard({ units }: { units: readonly CockpitUnit[] }) {
  const t = useT();
  const navigate = useNavigate();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [all, setAll] = useState(false);
  // Most red tasks first (the server's order), in the chart and the table alike.
  const shown = all ? units : units.slice(0, UNITS_SHOWN);
  return (
    <Card
      title={t('cockpit.unitsTitle')}
      extra={
        <Segmented<'chart' | 'table'>
          size="small"
          value={view}
          onChange={setView}
          options={[
            { value: 'chart', label: t('cockpit.viewChart') },
            { value: 'table', label: t('cockpit.viewTable') },
          ]}
        />
      }
      style={{ marginBottom: 16 }}
    >
      {units.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.noUnits')} />
      ) : view === 'chart' ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('cockpit.unitsHint')}
          </Typography.Text>
          <UnitLightsChart units={shown} onPick={(unitId, light) => navigate(ledgerLinkOf(unitId, light))} />
        </>
      ) : (
        <Table<CockpitUnit>
          rowKey="unitId"
          size="small"
          dataSource={shown}
          pagination={false}
          tableLayout="fixed"
          columns={[
            {
              title: t('cockpit.colUnit'),
              key: 'unit',
              ellipsis: { showTitle: true },
              render: (_, u) => <Link to={ledgerLinkOf(u.unitId, null)}>{u.unitName}</Link>,
            },
            { title: t('cockpit.colTotal'), dataIndex: 'total', key: 'total', width: 64, align: 'right' },
            {
              title: t('cockpit.colCompleted'),
              dataIndex: 'completed',
              key: 'completed',
              width: 64,
              align: 'right',
            },
            {
              title: t('cockpit.colRate'),
              key: 'rate',
              width: 80,
              align: 'right',
              render: (_, u) => `${u.completionRate}%`,
            },
            ...(['red', 'yellow', 'green'] as const).map((light) => ({
              title: t(`cockpit.${light}`),
              key: light,
              width: 64,
              align: 'right' as const,
              render: (_: unknown, u: CockpitUnit) =>
                u[light] > 0 ? <Link to={ledgerLinkOf(u.unitId, light)}>{u[light]}</Link> : 0,
            })),
          ]}
        />
      )}
      {units.length > UNITS_SHOWN ? (
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => setAll((v) => !v)}>
          {all
            ? t('cockpit.showFewerUnits', { count: UNITS_SHOWN })
            : t('cockpit.showAllUnits', { count: units.length })}
        </Button>
      ) : null}
    </Card>
  );
}

/**
 * 驾驶舱: one screen for a leader — the district's figures, lights by lead unit, the leader's own portfolio
 * first (red first, with reasons), the latest instructions and their answers, overdue rectifications.
 * Refreshes every 5 minutes; 大屏模式 (?mode=screen) shows it on the meeting room's screen.
 */
export function CockpitPage() {
  const t = useT();
  const me = useMe();
  const cockpit = useCockpit();
  const screens = Grid.useBreakpoint();
  const [filters, setFilters] = useUrlFilters(['mode', 'view'] as const);
  // Only someone with a portfolio of own tasks (a leader) switches between it and the district.
  const isLeader = me.abilities.cockpitPortfolio;
  const { data, updatedAt, error } = cockpit;
  // A leader switches between the own portfolio and the district (kept in the URL, so the screen and a
  // shared link show the same); the first view is the district's setting for this leader.
  const chosen = filters.view === 'district' || filters.view === 'portfolio' ? filters.view : undefined;
  const view: CockpitView = isLeader ? (chosen ?? data?.defaultView ?? 'portfolio') : 'district';
  const setView = useCallback((next: CockpitView) => setFilters({ view: next }), [setFilters]);

  const enterScreen = () => {
    setFilters({ mode: 'screen' });
    // Full screen needs the click that asked for it; a browser that refuses still gets the dark layout.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const exitScreen = useCallback(() => {
    setFilters({ mode: null });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [setFilters]);

  if (filters.mode === 'screen' && data)
    return (
      <ScreenMode data={data} updatedAt={updatedAt} onExit={exitScreen} view={view} onViewChange={setView} />
    );

  const stamp = updatedAt ? t('cockpit.updatedAt', { time: formatDateTime(updatedAt) }) : '';
  return (
    <div className="luoshi-cockpit">
      <PageTitle
        title={t('cockpit.title')}
        extra={
          <>
            <Typography.Text
              type="secondary"
              style={{ alignSelf: 'center' }}
              data-testid="cockpit-updated-at"
              title={t('cockpit.autoRefresh')}
            >
              {data ? `${t('cockpit.asOf', { date: data.asOf })} · ${stamp}` : null}
            </Typography.Text>
            <Button
              icon={<ReloadOutlined />}
              loading={cockpit.loading && data !== undefined}
              onClick={cockpit.reload}
            >
              {t('cockpit.refresh')}
            </Button>
            {/* The meeting room's screen mode is for wide screens: on a phone it would cut the title. */}
            {screens.lg ? (
              <Button type="primary" icon={<DesktopOutlined />} onClick={enterScreen} disabled={!data}>
                {t('cockpit.screenMode')}
              </Button>
            ) : null}
          </>
        }
      />
      {error ? (
        <Alert
          type={data ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            data
              ? t('cockpit.refreshFailed', {
                  time: formatDateTime(updatedAt),
                  message: errorMessage(t, error),
                })
              : t('common.loadFailed', { message: errorMessage(t, error) })
          }
          action={
            <Button size="small" onClick={cockpit.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {!data ? (
        error ? null : (
          <Card>
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        )
      ) : data.overall.published === 0 &&
        data.instructions.length === 0 &&
        data.overdueRectifications.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.empty')} />
        </Card>
      ) : (
        <>
          <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBlock: 16 } }}>
            <CockpitFigures overall={data.overall} />
          </Card>
          <Row gutter={16}>
            <Col xs={24} xl={10} xxl={11}>
              {view === 'portfolio' ? (
                <Card
                  title={t('cockpit.portfolioTitle')}
                  extra={
                    <span className="luoshi-cockpit-card-extra">
                      {data.portfolioCounts.total > 0 ? (
                        <Link to={`/ledger?leaderId=${me.id}`}>
                          {t('cockpit.portfolioAll', { count: data.portfolioCounts.total })}
                        </Link>
                      ) : null}
                      <CockpitViewSwitch value={view} onChange={setView} />
                    </span>
                  }
                  style={{ marginBottom: 16 }}
                  data-testid="cockpit-portfolio"
                >
                  {data.portfolioCounts.total > 0 ? (
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                      {t('cockpit.portfolioSummary', {
                        total: data.portfolioCounts.total,
                        red: data.portfolioCounts.red,
                        yellow: data.portfolioCounts.yellow,
                        green: data.portfolioCounts.green,
                      })}
                    </Typography.Paragraph>
                  ) : null}
                  <CockpitTaskList tasks={data.portfolio} empty={t('cockpit.portfolioEmpty')} limit={8} />
                </Card>
              ) : isLeader ? (
                <Card
                  title={t('cockpit.districtTitle')}
                  extra={<CockpitViewSwitch value={view} onChange={setView} />}
                  style={{ marginBottom: 16 }}
                  data-testid="cockpit-district"
                >
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {t('cockpit.districtSummary', data.districtCounts)}
                    {data.districtCounts.red > 0 ? (
                      <Link to="/ledger?light=red" style={{ marginInlineStart: 12 }}>
                        {t('cockpit.redTasksAll')}
                      </Link>
                    ) : null}
                  </Typography.Paragraph>
                  <CockpitTaskList tasks={data.districtTasks} empty={t('cockpit.districtEmpty')} limit={8} />
                </Card>
              ) : (
                <Card
                  title={t('cockpit.redTasksTitle')}
                  extra={
                    data.overall.red > 0 ? (
                      <Link to="/ledger?light=red">{t('cockpit.redTasksAll')}</Link>
                    ) : null
                  }
                  style={{ marginBottom: 16 }}
                  data-testid="cockpit-red-tasks"
                >
                  <CockpitTaskList tasks={data.redTasks} empty={t('cockpit.redTasksEmpty')} limit={8} />
                </Card>
              )}
              <Card title={t('cockpit.instructionsTitle')} style={{ marginBottom: 16 }}>
                <InstructionList items={data.instructions} limit={6} />
              </Card>
              <Card
                title={t('cockpit.rectsTitle')}
                extra={
                  data.overdueRectifications.length > 0 ? (
                    <Link to="/supervision?tab=rectifications&overdue=1">{t('cockpit.rectsAll')}</Link>
                  ) : null
                }
                style={{ marginBottom: 16 }}
              >
                <RectificationList items={data.overdueRectifications} limit={6} />
              </Card>
              <CaseDeadlinesCard summary={data.caseDeadlines} />
            </Col>
            <Col xs={24} xl={14} xxl={13}>
              <UnitsCard units={data.units} />
              <Card
                title={t('cockpit.projectsTitle')}
                extra={
                  <span className="luoshi-cockpit-card-extra">
                    {data.projects.total > 0 ? (
                      <Link to="/projects">
                        {t('cockpit.projectsSummary', {
                          year: data.projects.year,
                          total: data.projects.total,
                        })}
                      </Link>
                    ) : null}
                  </span>
                }
                style={{ marginBottom: 16 }}
                data-testid="cockpit-projects-card"
              >
                <CockpitProjects projects={data.projects} limit={8} />
              </Card>
              {data.categories.some((c) => c.category !== null) ? (
                <Card title={t('cockpit.categoriesTitle')} style={{ marginBottom: 16 }}>
                  <Table
                    rowKey={(c) => c.category ?? ''}
                    size="small"
                    pagination={false}
                    dataSource={data.categories}
                    tableLayout="fixed"
                    columns={[
                      {
                        title: t('cockpit.categoriesTitle'),
                        key: 'category',
                        ellipsis: { showTitle: true },
                        render: (_, c) => c.category ?? t('cockpit.uncategorized'),
                      },
                      {
                        title: t('cockpit.colTotal'),
                        dataIndex: 'total',
                        key: 'total',
                        width: 64,
                        align: 'right',
                      },
                      {
                        title: t('cockpit.colRate'),
                        key: 'rate',
                        width: 80,
                        align: 'right',
                        render: (_, c) => `${c.completionRate}%`,
                      },
                      { title: t('cockpit.red'), dataIndex: 'red', key: 'red', width: 64, align: 'right' },
                      {
                        title: t('cockpit.yellow'),
                        dataIndex: 'yellow',
                        key: 'yellow',
                        width: 64,
                        align: 'right',
                      },
                    ]}
                  />
                </Card>
              ) : null}
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}

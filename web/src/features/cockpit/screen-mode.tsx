import { CloseOutlined, ExpandOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, theme as antdTheme } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Cockpit, CockpitView } from '../../api/cockpit';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { formatDateTime } from '../common/format';
import { CockpitFigures } from './cockpit-figures';
import { CockpitProjects } from './cockpit-projects';
import { CockpitTaskList, InstructionList, RectificationList } from './cockpit-lists';
import { LazyUnitLightsChart as UnitLightsChart } from './lazy-chart';
import { ledgerLinkOf, SCREEN_ROW_HEIGHT } from './links';
import { CockpitViewSwitch } from './view-switch';

/** Seconds each screenful of units stays before the next one slides in. */
export const ROTATE_MS = 10_000;
/** Room the chart needs besides its bars: legend, axis name and labels. */
const CHART_CHROME = 100;

/** Units per screenful for the room there is, and which screenful is shown; it moves on every ROTATE_MS. */
function useRotation(count: number, room: number): { page: number; pages: number; perPage: number } {
  const perPage = Math.max(3, Math.floor((room - CHART_CHROME) / SCREEN_ROW_HEIGHT));
  const pages = Math.max(1, Math.ceil(count / perPage));
  const [page, setPage] = useState(0);
  useEffect(() => {
    setPage(0);
    if (pages <= 1) return;
    const timer = window.setInterval(() => setPage((p) => (p + 1) % pages), ROTATE_MS);
    return () => window.clearInterval(timer);
  }, [pages]);
  return { page: Math.min(page, pages - 1), pages, perPage };
}

/** Shows only the rows that fit whole in the room there is (a half-cut row reads badly from afar). */
function FitRows({ children, watch }: { children: ReactNode; watch: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => {
      for (const row of box.querySelectorAll<HTMLElement>('li')) {
        row.style.visibility = row.offsetTop + row.offsetHeight <= box.clientHeight ? '' : 'hidden';
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [watch]);
  return (
    <div ref={ref} className="luoshi-cockpit-fit">
      {children}
    </div>
  );
}

/**
 * 大屏模式: the cockpit for the meeting room's screen — no menu or top bar, dark, type readable from five
 * metres, laid out for 16:9 at 1920×1080 without scrolling; the unit list turns page by itself when it is
 * longer than the screen. Esc, leaving full screen, or the button closes it.
 */
export function ScreenMode({
  data,
  updatedAt,
  onExit,
  view,
  onViewChange,
}: {
  data: Cockpit;
  updatedAt: Date | undefined;
  onExit: () => void;
  /** A leader's own portfolio or the district's red and yellow tasks; the office always sees the district. */
  view: CockpitView;
  onViewChange: (view: CockpitView) => void;
}) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const chartBox = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(600);
  const [isFullscreen, setIsFullscreen] = useState(() => document.fullscreenElement !== null);
  const wasFullscreen = useRef(isFullscreen);
  const { page, pages, perPage } = useRotation(data.units.length, room);
  const shown = data.units.slice(page * perPage, (page + 1) * perPage);
  // Only someone with a portfolio of own tasks (a leader) switches between it and the district.
  const isLeader = me.abilities.cockpitPortfolio;
  const mine = isLeader && view === 'portfolio';
  const listTitle = mine
    ? 'cockpit.portfolioTitle'
    : isLeader
      ? 'cockpit.districtTitle'
      : 'cockpit.redTasksTitle';

  useLayoutEffect(() => {
    const box = chartBox.current;
    if (!box) return;
    const measure = () => setRoom(box.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // The page under the screen must not scroll behind it.
  useEffect(() => {
    const before = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = before;
    };
  }, []);

  // Esc leaves (in full screen the browser takes Esc to leave full screen: leaving it leaves the mode too).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onExit();
    };
    const onFullscreen = () => {
      const now = document.fullscreenElement !== null;
      if (wasFullscreen.current && !now) onExit();
      wasFullscreen.current = now;
      setIsFullscreen(now);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [onExit]);

  const goFullscreen = () => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <ConfigProvider
      theme={{
        algorithm: antdTheme.darkAlgorithm,
        // The app's light-theme text colours are inherited otherwise: dark text on the dark screen.
        token: {
          fontSize: 20,
          colorTextBase: '#ffffff',
          colorBgBase: '#0a1a30',
          colorBgContainer: '#10243f',
          colorTextSecondary: '#b8c6da',
          colorTextTertiary: '#b8c6da',
          colorTextDescription: '#b8c6da',
        },
      }}
    >
      <div
        className="luoshi-cockpit-screen"
        role="region"
        aria-label={t('cockpit.screenMode')}
        data-testid="cockpit-screen"
      >
        <header className="luoshi-cockpit-screen-header">
          <h1>{t('cockpit.screenTitle', { district: me.tenant.name })}</h1>
          <div className="luoshi-cockpit-screen-stamp">
            {t('cockpit.asOf', { date: data.asOf })}
            {updatedAt ? ` · ${t('cockpit.updatedAt', { time: formatDateTime(updatedAt).slice(11) })}` : ''}
          </div>
          <div className="luoshi-cockpit-screen-actions">
            {isFullscreen ? null : (
              <Button size="large" icon={<ExpandOutlined />} onClick={goFullscreen}>
                {t('cockpit.fullscreen')}
              </Button>
            )}
            <Button size="large" icon={<CloseOutlined />} onClick={onExit} title={t('cockpit.exitHint')}>
              {t('cockpit.exitScreen')}
            </Button>
          </div>
        </header>
        <CockpitFigures overall={data.overall} screen />
        <div className="luoshi-cockpit-screen-main">
          <section
            className="luoshi-cockpit-panel luoshi-cockpit-panel-units"
            aria-label={t('cockpit.unitsTitle')}
          >
            <div className="luoshi-cockpit-panel-title">
              <h2>{t('cockpit.unitsTitle')}</h2>
              {pages > 1 ? (
                <span className="luoshi-cockpit-screen-page" data-testid="cockpit-screen-page">
                  {t('cockpit.unitsPage', { page: page + 1, pages })}
                </span>
              ) : null}
            </div>
            <div ref={chartBox} className="luoshi-cockpit-panel-chart">
              {shown.length ? (
                <UnitLightsChart
                  units={shown}
                  screen
                  height={Math.min(room, shown.length * SCREEN_ROW_HEIGHT + CHART_CHROME)}
                  onPick={(unitId, light) => {
                    onExit();
                    navigate(ledgerLinkOf(unitId, light));
                  }}
                />
              ) : (
                <p className="luoshi-cockpit-screen-none">{t('cockpit.noUnits')}</p>
              )}
            </div>
          </section>
          <section
            className="luoshi-cockpit-panel"
            aria-label={t(listTitle)}
            data-testid="cockpit-screen-tasks"
          >
            <div className="luoshi-cockpit-panel-title">
              <h2>{t(listTitle)}</h2>
              <span className="luoshi-cockpit-screen-page">
                {mine
                  ? t('cockpit.portfolioSummary', {
                      total: data.portfolioCounts.total,
                      red: data.portfolioCounts.red,
                      yellow: data.portfolioCounts.yellow,
                      green: data.portfolioCounts.green,
                    })
                  : isLeader
                    ? t('cockpit.districtSummary', data.districtCounts)
                    : t('cockpit.items', { count: data.overall.red })}
              </span>
              {isLeader ? <CockpitViewSwitch value={view} onChange={onViewChange} size="middle" /> : null}
            </div>
            <FitRows watch={[data, view]}>
              <CockpitTaskList
                tasks={mine ? data.portfolio : isLeader ? data.districtTasks : data.redTasks}
                empty={t(
                  mine
                    ? 'cockpit.portfolioEmpty'
                    : isLeader
                      ? 'cockpit.districtEmpty'
                      : 'cockpit.redTasksEmpty',
                )}
                limit={12}
              />
            </FitRows>
          </section>
          <div
            className={`luoshi-cockpit-screen-side${data.projects.total > 0 ? ' luoshi-cockpit-screen-side-3' : ''}`}
          >
            {data.projects.total > 0 ? (
              <section
                className="luoshi-cockpit-panel"
                aria-label={t('cockpit.projectsTitle')}
                data-testid="cockpit-screen-projects"
              >
                <div className="luoshi-cockpit-panel-title">
                  <h2>{t('cockpit.projectsTitle')}</h2>
                  <span className="luoshi-cockpit-screen-page">
                    {t('cockpit.projectsSummary', { year: data.projects.year, total: data.projects.total })}
                  </span>
                </div>
                <FitRows watch={data}>
                  <CockpitProjects projects={data.projects} screen limit={6} onLeave={onExit} />
                </FitRows>
              </section>
            ) : null}
            <section className="luoshi-cockpit-panel" aria-label={t('cockpit.instructionsTitle')}>
              <div className="luoshi-cockpit-panel-title">
                <h2>{t('cockpit.instructionsTitle')}</h2>
              </div>
              <FitRows watch={data}>
                <InstructionList items={data.instructions} limit={6} />
              </FitRows>
            </section>
            <section className="luoshi-cockpit-panel" aria-label={t('cockpit.rectsTitle')}>
              <div className="luoshi-cockpit-panel-title">
                <h2>{t('cockpit.rectsTitle')}</h2>
                <span className="luoshi-cockpit-screen-page">
                  {t('cockpit.items', { count: data.overdueRectifications.length })}
                </span>
              </div>
              <FitRows watch={data}>
                <RectificationList items={data.overdueRectifications} limit={8} />
              </FitRows>
            </section>
          </div>
        </div>
      </div>
    </ConfigProvider>
  );
}

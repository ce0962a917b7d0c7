import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Component, lazy, Suspense, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession, SessionProvider } from './features/auth/session';
import { canSeeArea, type AreaKey } from './features/shell/menu';
import { PageSpinner } from './features/common/page-spinner';
import { ForbiddenResult, NotFoundResult } from './features/common/status-results';
import { I18nProvider, translate, useLang } from './i18n/i18n';
import { theme } from './theme';

const RELOAD_FLAG = 'luoshi.chunkReload';

/**
 * React.lazy for a named export. If the chunk cannot be fetched (a new version was deployed and the old
 * hashed files are gone), reload the page once to pick up the new index.html instead of crashing.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return lazy(async () => {
    try {
      const m = await load();
      sessionStorage.removeItem(RELOAD_FLAG);
      return { default: pick(m) };
    } catch (e) {
      if (!sessionStorage.getItem(RELOAD_FLAG)) {
        sessionStorage.setItem(RELOAD_FLAG, '1');
        window.location.reload();
        return new Promise<never>(() => undefined);
      }
      throw e;
    }
  });
}

/** Pages are split by route; the login page loads without the shell, admin pages or charts. */
const LoginPage = lazyPage(
  () => import('./routes/login'),
  (m) => m.LoginPage,
);
const ForcedPasswordPage = lazyPage(
  () => import('./routes/forced-password'),
  (m) => m.ForcedPasswordPage,
);
const AppLayout = lazyPage(
  () => import('./features/shell/app-layout'),
  (m) => m.AppLayout,
);
const WorkbenchPage = lazyPage(
  () => import('./routes/workbench'),
  (m) => m.WorkbenchPage,
);
const ChangePasswordPage = lazyPage(
  () => import('./routes/change-password'),
  (m) => m.ChangePasswordPage,
);
const DecisionsPage = lazyPage(
  () => import('./routes/decisions'),
  (m) => m.DecisionsPage,
);
const LedgerPage = lazyPage(
  () => import('./routes/ledger'),
  (m) => m.LedgerPage,
);
const LedgerPrintPage = lazyPage(
  () => import('./routes/ledger-print'),
  (m) => m.LedgerPrintPage,
);
const TaskDetailPage = lazyPage(
  () => import('./routes/task-detail'),
  (m) => m.TaskDetailPage,
);
const ReviewQueuePage = lazyPage(
  () => import('./routes/review-queue'),
  (m) => m.ReviewQueuePage,
);
const SupervisionPage = lazyPage(
  () => import('./routes/supervision'),
  (m) => m.SupervisionPage,
);
const BulletinsPage = lazyPage(
  () => import('./routes/bulletins'),
  (m) => m.BulletinsPage,
);
const AssessmentPage = lazyPage(
  () => import('./routes/assessment'),
  (m) => m.AssessmentPage,
);
const ProjectsPage = lazyPage(
  () => import('./routes/projects'),
  (m) => m.ProjectsPage,
);
const JointReviewsPage = lazyPage(
  () => import('./routes/joint-reviews'),
  (m) => m.JointReviewsPage,
);
const CockpitPage = lazyPage(
  () => import('./routes/cockpit'),
  (m) => m.CockpitPage,
);
// Opened straight on the cockpit (the meeting room's bookmark): its code, and with it its figures
// (prefetchCockpit), load alongside the session instead of after it.
if (window.location.pathname.startsWith('/cockpit')) void import('./routes/cockpit').catch(() => undefined);
const AnalysisPage = lazyPage(
  () => import('./routes/analysis'),
  (m) => m.AnalysisPage,
);
const AdminUnitsPage = lazyPage(
  () => import('./routes/admin-units'),
  (m) => m.AdminUnitsPage,
);
const SettingsPage = lazyPage(
  () => import('./routes/settings'),
  (m) => m.SettingsPage,
);
const MeetingsPage = lazyPage(
  () => import('./routes/meetings'),
  (m) => m.MeetingsPage,
);
const CalendarPage = lazyPage(
  () => import('./routes/calendar'),
  (m) => m.CalendarPage,
);
const TolerancePage = lazyPage(
  () => import('./routes/tolerance'),
  (m) => m.TolerancePage,
);
const RobotsPage = lazyPage(
  () => import('./routes/robots'),
  (m) => m.RobotsPage,
);
const FeedbackPage = lazyPage(
  () => import('./routes/feedback'),
  (m) => m.FeedbackPage,
);
const SurveysPage = lazyPage(
  () => import('./routes/surveys'),
  (m) => m.SurveysPage,
);
const SurveyDetailPage = lazyPage(
  () => import('./routes/survey-detail'),
  (m) => m.SurveyDetailPage,
);
const SurveyCardsPage = lazyPage(
  () => import('./routes/survey-cards'),
  (m) => m.SurveyCardsPage,
);
const BlockersPage = lazyPage(
  () => import('./routes/blockers'),
  (m) => m.BlockersPage,
);
const AdminUsersPage = lazyPage(
  () => import('./routes/admin-users'),
  (m) => m.AdminUsersPage,
);
const ForcedTotpPage = lazyPage(
  () => import('./routes/forced-totp'),
  (m) => m.ForcedTotpPage,
);
const SecurityPage = lazyPage(
  () => import('./routes/security'),
  (m) => m.SecurityPage,
);
const AuditPage = lazyPage(
  () => import('./routes/audit'),
  (m) => m.AuditPage,
);

/** Signed-in users only; a user who must change the password sees nothing but that page. */
function RequireSession() {
  const { status, me, expired } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageSpinner />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const query = new URLSearchParams();
    if (next !== '/') query.set('next', next);
    if (expired) query.set('expired', '1');
    const qs = query.toString();
    return <Navigate to={`/login${qs ? `?${qs}` : ''}`} replace />;
  }
  // A login still owing its second factor finishes on the login page.
  if (me.mfaPending) return <Navigate to="/login" replace />;
  if (me.mustChangePassword) {
    if (location.pathname !== '/password') return <Navigate to="/password" replace />;
    return (
      <Suspense fallback={<PageSpinner />}>
        <ForcedPasswordPage />
      </Suspense>
    );
  }
  if (me.totpEnrolmentRequired) {
    return (
      <Suspense fallback={<PageSpinner />}>
        <ForcedTotpPage />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<PageSpinner />}>
      <AppLayout />
    </Suspense>
  );
}

/** Shows the page only to users whose menu has its area (the server checks again). */
function AreaGuard({ area, children }: { area: AreaKey; children: ReactNode }) {
  const { me } = useSession();
  if (!me || !canSeeArea(me.abilities.areas, area)) return <ForbiddenResult />;
  return <>{children}</>;
}

function LoginRoute() {
  return (
    <Suspense fallback={<PageSpinner />}>
      <LoginPage />
    </Suspense>
  );
}

class ErrorBoundary extends Component<{ children: ReactNode; lang: 'zh-CN' | 'en' }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Page crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { lang } = this.props;
    return (
      <div style={{ padding: 48, textAlign: 'center' }} role="alert">
        <h1 style={{ fontSize: 20 }}>{translate(lang, 'crash.title')}</h1>
        <p>{translate(lang, 'crash.desc')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {translate(lang, 'crash.reload')}
        </button>
      </div>
    );
  }
}

function AppRoutes() {
  const guard = (area: AreaKey, page: ReactNode) => <AreaGuard area={area}>{page}</AreaGuard>;
  return (
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
      <Route element={<RequireSession />}>
        <Route index element={<WorkbenchPage />} />
        <Route path="password" element={<ChangePasswordPage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="decisions/*" element={guard('decisions', <DecisionsPage />)} />
        <Route path="ledger/review" element={guard('review', <ReviewQueuePage />)} />
        <Route path="ledger/print" element={guard('ledger', <LedgerPrintPage />)} />
        <Route path="ledger/*" element={guard('ledger', <LedgerPage />)} />
        <Route path="tasks/:id" element={guard('ledger', <TaskDetailPage />)} />
        <Route path="supervision/*" element={guard('supervision', <SupervisionPage />)} />
        <Route path="bulletins/*" element={guard('bulletins', <BulletinsPage />)} />
        <Route path="assessment/*" element={guard('assessment', <AssessmentPage />)} />
        <Route path="projects/*" element={guard('projects', <ProjectsPage />)} />
        <Route path="joint-reviews/*" element={guard('joint_reviews', <JointReviewsPage />)} />
        <Route path="cockpit/*" element={guard('cockpit', <CockpitPage />)} />
        <Route path="analysis" element={guard('analysis', <AnalysisPage />)} />
        <Route path="meetings/*" element={guard('meetings', <MeetingsPage />)} />
        <Route path="admin" element={<Navigate to="/admin/units" replace />} />
        <Route path="admin/units" element={guard('admin', <AdminUnitsPage />)} />
        <Route path="admin/users" element={guard('admin', <AdminUsersPage />)} />
        <Route path="audit" element={guard('audit', <AuditPage />)} />
        <Route path="settings" element={guard('settings', <SettingsPage />)} />
        <Route path="calendar" element={guard('calendar', <CalendarPage />)} />
        <Route path="tolerance" element={guard('tolerance', <TolerancePage />)} />
        <Route path="feedback" element={guard('feedback', <FeedbackPage />)} />
        <Route path="robots" element={guard('robots', <RobotsPage />)} />
        <Route path="surveys" element={guard('surveys', <SurveysPage />)} />
        <Route path="surveys/:id" element={guard('surveys', <SurveyDetailPage />)} />
        <Route path="surveys/:id/cards" element={guard('surveys', <SurveyCardsPage />)} />
        <Route path="blockers/*" element={guard('blockers', <BlockersPage />)} />
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}

function LocalisedApp() {
  const [lang] = useLang();
  // antd's date pickers take month and weekday names from dayjs's global locale, not from antd's own.
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    // Antd would put a space between two Chinese characters in a button ("通 过"); officials write "通过".
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ErrorBoundary lang={lang}>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}

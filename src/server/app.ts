import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './context';
import type { App } from './http';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { registerDecisionRoutes } from './modules/decisions/decisions.routes';
import { registerTaskRoutes } from './modules/tasks/tasks.routes';
import { registerReportRoutes } from './modules/reports/reports.routes';
import { registerRequestRoutes } from './modules/requests/requests.routes';
import { registerInstructionRoutes } from './modules/instructions/instructions.routes';
import { registerCaseDeadlineRoutes } from './modules/case-deadlines/case-deadlines.routes';
import { registerLightRoutes } from './modules/lights/lights.routes';
import { registerInboxRoutes } from './modules/inbox/inbox.routes';
import { registerSupervisionRoutes } from './modules/supervision/supervision.routes';
import { registerBulletinRoutes } from './modules/bulletins/bulletins.routes';
import { registerBulletinRemarkRoutes } from './modules/bulletins/bulletin-remarks.routes';
import { registerToleranceRequestRoutes } from './modules/tolerance-requests/tolerance-requests.routes';
import { registerAssessmentRoutes } from './modules/assessment/assessment.routes';
import { registerAppealRoutes } from './modules/appeals/appeals.routes';
import { registerAnalysisRoutes } from './modules/analysis/analysis.routes';
import { registerSettingsRoutes } from './modules/settings/settings.routes';
import { registerCalendarRoutes } from './modules/calendar/calendar.routes';
import { registerRobotRoutes } from './modules/robots/robots.routes';
import { registerAcceptanceRoutes } from './modules/acceptance/acceptance.routes';
import { registerAttachmentRoutes } from './modules/attachments/attachments.routes';
import { registerCatchUpPlanRoutes } from './modules/catch-up-plans/catch-up-plans.routes';
import { registerSubtaskRoutes } from './modules/subtasks/subtasks.routes';
import { registerShareRoutes } from './modules/shares/shares.routes';
import { registerMeetingRoutes } from './modules/meetings/meetings.routes';
import { registerBlockerRoutes } from './modules/blockers/blockers.routes';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { registerHealthRoutes } from './modules/health/health.routes';
import { registerMetricsRoutes } from './modules/metrics/metrics.routes';
import { registerHttpMetrics } from './metrics/http-metrics';
import { newLifecycle, type Lifecycle } from './lifecycle';
import { registerUnitRoutes } from './modules/units/units.routes';
import { registerUserRoutes } from './modules/users/users.routes';
import { registerProjectRoutes } from './modules/projects/projects.routes';
import { registerDemoRoutes } from './demo/demo.routes';
import { registerProjectBoardRoutes } from './modules/projects/projects-board.routes';
import { registerLivelihoodRoutes } from './modules/livelihood/livelihood.routes';
import { registerPublicBulletinRoutes } from './modules/public-bulletins/public-bulletins.routes';
import { registerPublicDisclosureRoutes } from './modules/public-disclosure/public-disclosure.routes';
import { registerFeedbackRoutes } from './modules/feedback/feedback.routes';
import { registerPublicFeedbackRoutes } from './modules/feedback/public-feedback.routes';
import { registerSurveyRoutes } from './modules/surveys/surveys.routes';
import { registerPublicSurveyRoutes } from './modules/surveys/public-surveys.routes';
import { registerJointReviewRoutes } from './modules/joint-reviews/joint-reviews.routes';
import { registerTargetShareRoutes } from './modules/target-shares/target-shares.routes';
import { AppError } from './errors';
import { clientError } from './plugins/client-errors';
import { apiNotFound, frameworkError, registerErrorHandling } from './plugins/errors';
import { registerRequestContext } from './plugins/request-context';
import { registerSecurity } from './plugins/security';
import { maxUploadBytes } from './documents/parse-limits';

export interface RouteInfo {
  method: string;
  url: string;
  access: string;
}

const routeTables = new WeakMap<object, RouteInfo[]>();
const publicRouteTables = new WeakMap<object, RouteInfo[]>();

/** Every API route of an app with its access level: the permission matrix test walks them all. */
export function listRoutes(app: App): RouteInfo[] {
  return routeTables.get(app) ?? [];
}

/** The public pages outside the API (/public/…): no login; the security tests walk them all. */
export function listPublicRoutes(app: App): RouteInfo[] {
  return publicRouteTables.get(app) ?? [];
}

export interface BuildOptions {
  logger?: boolean | { level: string };
  /** The token of the loopback-only internal route `luoshi demo` calls while this server holds PGlite. */
  cliToken?: string;
  /** The process's phase (main.ts marks it draining at SIGTERM); tests and the CLI get a serving one. */
  lifecycle?: Lifecycle;
}

/** Builds the HTTP application: plugins and modules registered explicitly, so every name has a visible source. */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    // Request ids for the logs; never the client's own.
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RouteInfo[] = [];
  routeTables.set(app, routes);
  const publicRoutes: RouteInfo[] = [];
  publicRouteTables.set(app, publicRoutes);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/public/'))
      for (const method of [route.method].flat())
        if (method !== 'HEAD')
          publicRoutes.push({ method, url: route.url, access: route.config?.access ?? 'session' });
    if (!route.url.startsWith('/api/v1/')) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routes.push({ method, url: route.url, access: route.config?.access ?? 'session' });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandling(app);
  const lifecycle = options.lifecycle ?? newLifecycle();
  const requestLatency = registerHttpMetrics(app);
  // Draining after a SIGTERM: every answer closes its connection, so keep-alive clients reconnect (through
  // the balancer, to another node) instead of holding on to this one until it stops accepting.
  app.addHook('onSend', async (_request, reply) => {
    if (lifecycle.phase === 'draining') reply.header('connection', 'close');
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // Uploads (reports, ledgers, evidence): one file of at most 20 MiB per request.
  await app.register(multipart, {
    limits: { fileSize: maxUploadBytes, files: 1, fields: 20, fieldSize: 10_000 },
  });
  // Multipart belongs to the upload routes only; sent to a JSON route it is the wrong media type (415), not an empty body (422).
  app.addHook('preValidation', async (request) => {
    const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? [];
    if (request.isMultipart() && !consumes.includes('multipart/form-data'))
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  });
  await registerSecurity(app);
  registerRequestContext(app, deps);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Luoshi 落实 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'luoshi_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  registerHealthRoutes(app, deps, lifecycle);
  registerMetricsRoutes(app, deps, lifecycle, requestLatency);
  registerAuthRoutes(app, deps.config.loginRateLimitPerMinute);
  registerUnitRoutes(app);
  registerUserRoutes(app);
  registerAuditRoutes(app);
  registerDecisionRoutes(app);
  registerTaskRoutes(app);
  registerReportRoutes(app);
  registerRequestRoutes(app);
  registerInstructionRoutes(app);
  registerCaseDeadlineRoutes(app);
  registerLightRoutes(app);
  registerInboxRoutes(app);
  registerCalendarRoutes(app);
  registerRobotRoutes(app);
  registerCatchUpPlanRoutes(app);
  registerSubtaskRoutes(app);
  registerTargetShareRoutes(app);
  registerShareRoutes(app);
  registerAttachmentRoutes(app);
  registerAcceptanceRoutes(app);
  registerMeetingRoutes(app);
  registerBlockerRoutes(app);
  registerSupervisionRoutes(app);
  registerBulletinRoutes(app);
  registerBulletinRemarkRoutes(app);
  registerToleranceRequestRoutes(app);
  registerAssessmentRoutes(app);
  registerAppealRoutes(app);
  registerAnalysisRoutes(app);
  registerSettingsRoutes(app);
  registerProjectRoutes(app);
  registerProjectBoardRoutes(app, deps);
  registerPublicDisclosureRoutes(app, deps);
  registerLivelihoodRoutes(app, deps);
  registerPublicBulletinRoutes(app, deps);
  registerFeedbackRoutes(app);
  registerPublicFeedbackRoutes(app, deps);
  registerSurveyRoutes(app);
  registerPublicSurveyRoutes(app, deps);
  registerJointReviewRoutes(app);
  if (options.cliToken) registerDemoRoutes(app, deps, options.cliToken);

  const indexHtml = join(deps.config.webDir, 'index.html');
  if (existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: deps.config.webDir,
      // Files are looked up per request, so a new build is served without a restart.
      wildcard: true,
      index: ['index.html'],
      setHeaders(res, path) {
        // Built assets carry a content hash in their names: cache them for good; never cache the page itself.
        res.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const missingFile = request.url.startsWith('/assets/') || /\.[a-z0-9]{2,5}(\?|$)/i.test(request.url);
    if (
      request.url.startsWith('/api/') ||
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      missingFile
    )
      return apiNotFound(request, reply);
    // Client-side routes of the single-page app all answer with its index.html.
    if (existsSync(indexHtml))
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html')
        .sendFile('index.html', deps.config.webDir);
    return reply
      .type('text/html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>落实</title><p>网页尚未构建：请运行 npm run build。The web app is not built: run npm run build.</p>',
      );
  });
  return app;
}

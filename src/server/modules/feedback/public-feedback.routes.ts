import type { FastifyInstance } from 'fastify';
import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import { AppError, notFound } from '../../errors';
import type { App } from '../../http';
import { PublicBoardCache } from '../projects/public-board-cache';
import { ZSlugParams } from '../projects/projects-board.schemas';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { dropPublicCachesOnWrite } from '../public-disclosure/public-disclosure.routes';
import { publicNotFoundPage } from '../public-disclosure/public-shell';
import { acceptPublicForms } from '../public-disclosure/public-form';
import { renderFeedbackPage, renderLookupPage, renderReceiptPage } from './feedback-pages';
import {
  ZFeedbackReceipt,
  ZFeedbackStatus,
  ZPublishedFeedback,
  ZReceiptParams,
  ZSubmitFeedbackBody,
  type TPublishedFeedback,
  type TSubmitFeedbackBody,
} from './feedback.schemas';
import { getFeedbackPage, loadFeedbackFacts } from './get-feedback-page';
import { lookUpFeedback } from './look-up-feedback';
import { submitFeedback } from './submit-feedback';

type FormFields = Record<string, string | undefined>;

/** The page form's `about` ("general", "task:<code>", "project:<code>") as the JSON body's subject. */
function bodyOfForm(form: FormFields): Partial<TSubmitFeedbackBody> {
  const about = form.about ?? 'general';
  const [kind, ...rest] = about.split(':');
  const subject = kind === 'task' || kind === 'project' ? kind : 'general';
  return {
    subject,
    ...(subject !== 'general' ? { about: rest.join(':') } : {}),
    message: form.message ?? '',
    ...(form.contact?.trim() ? { contact: form.contact } : {}),
  };
}

/** The fields an AppError or a zod failure names, as field → message for the page. */
function fieldErrors(issues: Array<{ path: PropertyKey[]; message: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[String(i.path[0] ?? 'message')] ??= i.message;
  return out;
}

/**
 * 社情民意 on the public pages (no login): the form page, the message sent as JSON or by the page's plain
 * form, the receipt's look-up, and the published answers. Reads share the public rate limit; sending a
 * message has its own, per hour, much smaller.
 */
export function registerPublicFeedbackRoutes(app: App, deps: AppDeps): void {
  const cache = new PublicBoardCache();
  dropPublicCachesOnWrite(app, [cache]);
  const read = {
    access: 'public' as const,
    rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const send = {
    access: 'public' as const,
    rateLimit: { max: deps.config.feedbackRateLimitPerHour, timeWindow: '1 hour' },
  };
  const html = 'text/html; charset=utf-8';
  // The pages hold plain forms: under the default no-referrer a browser posts them with `Origin: null`, which
  // the cross-site guard refuses; same-origin still sends nothing to another site.
  const sameOrigin = 'same-origin';

  app.get(
    '/public/api/:slug/feedback',
    {
      config: read,
      schema: {
        tags: ['public'],
        summary: '公开的答复（无需登录） Published answers',
        params: ZSlugParams,
        response: { 200: ZPublishedFeedback },
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getFeedbackPage(request.ctx, cache, request.params.slug);
      if (!entry) throw notFound();
      return reply.header('cache-control', 'public, max-age=60').send(entry.json as TPublishedFeedback);
    },
  );
  app.post(
    '/public/api/:slug/feedback',
    {
      config: send,
      bodyLimit: 16_384,
      schema: {
        tags: ['public'],
        summary: '留言（无需登录） Send a public message; the receipt is shown once',
        params: ZSlugParams,
        body: ZSubmitFeedbackBody,
        response: { 201: ZFeedbackReceipt },
        security: [],
      },
    },
    async (request, reply) => {
      const receipt = await submitFeedback(request.ctx, request.params.slug, request.body);
      if (!receipt) throw notFound();
      return reply.status(201).header('cache-control', 'no-store').send(receipt);
    },
  );
  app.get(
    '/public/api/:slug/feedback/:receipt',
    {
      config: read,
      schema: {
        tags: ['public'],
        summary: '凭回执码查询（无需登录） Look a message up by its receipt',
        params: ZReceiptParams,
        response: { 200: ZFeedbackStatus },
        security: [],
      },
    },
    async (request, reply) => {
      const status = await lookUpFeedback(request.ctx, request.params.slug, request.params.receipt);
      if (!status) throw notFound();
      return reply.header('cache-control', 'no-store').send(status);
    },
  );
  app.get(
    '/public/:slug/feedback',
    {
      config: read,
      schema: {
        tags: ['public'],
        summary: '社情民意页面（无需登录） The feedback page',
        params: ZSlugParams,
        security: [],
      },
    },
    async (request, reply) => {
      const entry = await getFeedbackPage(request.ctx, cache, request.params.slug);
      reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'public, max-age=60');
      if (!entry) return reply.status(404).send(publicNotFoundPage);
      return reply.send(entry.html);
    },
  );

  // The page's plain HTML forms post form-encoded bodies: a parser for them only in this scope, so that no
  // session route ever accepts one (a cross-site form could send it).
  void app.register(async (scope: FastifyInstance) => {
    acceptPublicForms(scope);
    scope.post<{ Params: { slug: string }; Body: FormFields }>(
      '/public/:slug/feedback',
      {
        config: send,
        schema: { tags: ['public'], summary: '留言表单（无需登录） The page form', security: [] },
      },
      async (request, reply) => {
        reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'no-store');
        const slug = String(request.params.slug).slice(0, 200);
        const district = await findPublicDistrict(request.ctx, slug);
        if (!district) return reply.status(404).send(publicNotFoundPage);
        const form = typeof request.body === 'object' && request.body ? request.body : {};
        const asOf = shanghaiDate(request.ctx.clock.now());
        const values = { about: form.about, message: form.message, contact: form.contact };
        const again = async (errors: Record<string, string>) => {
          const { published, subjects } = await loadFeedbackFacts(request.ctx, district);
          return reply.status(422).send(
            renderFeedbackPage({
              slug,
              district: district.name,
              asOf,
              subjects,
              published,
              state: { values, errors },
            }),
          );
        };
        const parsed = ZSubmitFeedbackBody.safeParse(bodyOfForm(form));
        if (!parsed.success) return again(fieldErrors(parsed.error.issues));
        try {
          const receipt = await submitFeedback(request.ctx, slug, parsed.data);
          if (!receipt) return reply.status(404).send(publicNotFoundPage);
          return reply
            .status(201)
            .send(renderReceiptPage({ slug, district: district.name, asOf, receipt: receipt.receipt }));
        } catch (error) {
          const fields =
            error instanceof AppError
              ? (error.details as { fields?: Array<{ path: string; message: string }> } | undefined)?.fields
              : undefined;
          if (!fields) throw error;
          return again(fieldErrors(fields.map((f) => ({ path: [f.path], message: f.message }))));
        }
      },
    );
    scope.post<{ Params: { slug: string }; Body: FormFields }>(
      '/public/:slug/feedback/lookup',
      {
        config: read,
        schema: { tags: ['public'], summary: '回执查询表单（无需登录） Look-up form', security: [] },
      },
      async (request, reply) => {
        reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'no-store');
        const slug = String(request.params.slug).slice(0, 200);
        const district = await findPublicDistrict(request.ctx, slug);
        if (!district) return reply.status(404).send(publicNotFoundPage);
        const typed = String((request.body as FormFields | undefined)?.receipt ?? '').slice(0, 64);
        const status = await lookUpFeedback(request.ctx, slug, typed);
        return reply.status(status ? 200 : 404).send(
          renderLookupPage({
            slug,
            district: district.name,
            asOf: shanghaiDate(request.ctx.clock.now()),
            receipt: typed,
            status,
          }),
        );
      },
    );
  });
}

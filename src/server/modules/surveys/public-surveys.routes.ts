import type { FastifyInstance } from 'fastify';
import { normalizeCode } from '../../../domain/surveys';
import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import { AppError, notFound } from '../../errors';
import type { App } from '../../http';
import { ZSlugParams } from '../projects/projects-board.schemas';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { publicNotFoundPage } from '../public-disclosure/public-shell';
import { acceptPublicForms } from '../public-disclosure/public-form';
import { findPublicSurvey, type PublicSurveyRefusal } from './find-public-survey';
import { refusalError, submitSurveyAnswer } from './submit-survey-answer';
import {
  renderSurveyEntryPage,
  renderSurveyForm,
  renderSurveyRefusalPage,
  renderSurveyThanksPage,
} from './survey-pages';
import {
  ZPublicAnswerBody,
  ZPublicAnswerResult,
  ZPublicSurvey,
  ZSurveyCodeParams,
  type TPublicSurvey,
} from './surveys.schemas';

type FormFields = Record<string, string | undefined>;

const refusalStatus: Record<PublicSurveyRefusal, number> = {
  mistyped: 404,
  unknown: 404,
  used: 409,
  not_yet: 409,
  ended: 409,
  full: 409,
};

/** The page form's fields as the JSON body: each question's radio, the comment, the subject's key. */
function bodyOfForm(form: FormFields, survey: TPublicSurvey) {
  const values: Record<string, number | string> = {};
  for (const q of survey.questions) {
    const v = form[q.id];
    if (v === undefined || v === '') continue;
    values[q.id] = q.scale === 'five_point' && /^[0-9]$/.test(v) ? Number(v) : v;
  }
  return { values, comment: form.comment ?? '', ...(form.subject ? { subject: form.subject } : {}) };
}

/**
 * 满意度测评 on the public pages (no login): the entry page, the answering form for a code or the open link,
 * and the same as JSON. Nothing is cached (a code turns used); answers have their own per-hour rate limit.
 */
export function registerPublicSurveyRoutes(app: App, deps: AppDeps): void {
  const read = {
    access: 'public' as const,
    rateLimit: { max: deps.config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  };
  const send = {
    access: 'public' as const,
    rateLimit: { max: deps.config.surveyRateLimitPerHour, timeWindow: '1 hour' },
  };
  const html = 'text/html; charset=utf-8';
  const sameOrigin = 'same-origin';

  app.get(
    '/public/api/:slug/surveys/:code',
    {
      config: read,
      schema: {
        tags: ['public'],
        summary: '测评问卷（无需登录） A survey by its code or open link',
        params: ZSurveyCodeParams,
        response: { 200: ZPublicSurvey },
        security: [],
      },
    },
    async (request, reply) => {
      const found = await findPublicSurvey(request.ctx, request.params.slug, request.params.code);
      if (!found) throw notFound();
      if (found.state === 'refused') throw refusalError(found.reason);
      return reply.header('cache-control', 'no-store').send(found.view);
    },
  );
  app.post(
    '/public/api/:slug/surveys/:code',
    {
      config: send,
      bodyLimit: 16_384,
      schema: {
        tags: ['public'],
        summary: '提交答卷（无需登录） Answer a survey; a code answers once',
        params: ZSurveyCodeParams,
        body: ZPublicAnswerBody,
        response: { 201: ZPublicAnswerResult },
        security: [],
      },
    },
    async (request, reply) => {
      const result = await submitSurveyAnswer(
        request.ctx,
        request.params.slug,
        request.params.code,
        request.body,
        {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
      );
      if (!result) throw notFound();
      return reply.status(201).header('cache-control', 'no-store').send(result);
    },
  );
  app.get(
    '/public/:slug/surveys',
    {
      config: read,
      schema: {
        tags: ['public'],
        summary: '满意度测评入口（无需登录） Type a code',
        params: ZSlugParams,
        security: [],
      },
    },
    async (request, reply) => {
      reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'no-store');
      const district = await findPublicDistrict(request.ctx, request.params.slug);
      if (!district) return reply.status(404).send(publicNotFoundPage);
      const asOf = shanghaiDate(request.ctx.clock.now());
      return reply.send(renderSurveyEntryPage({ slug: district.code, district: district.name, asOf }));
    },
  );
  app.get(
    '/public/:slug/surveys/:code',
    {
      config: read,
      schema: {
        tags: ['public'],
        summary: '测评作答页面（无需登录） The answering page',
        params: ZSurveyCodeParams,
        security: [],
      },
    },
    async (request, reply) => {
      reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'no-store');
      const found = await findPublicSurvey(request.ctx, request.params.slug, request.params.code);
      if (!found) return reply.status(404).send(publicNotFoundPage);
      const asOf = shanghaiDate(request.ctx.clock.now());
      const slug = request.params.slug;
      if (found.state === 'refused')
        return reply
          .status(refusalStatus[found.reason])
          .send(renderSurveyRefusalPage({ slug, district: found.district.name, asOf, reason: found.reason }));
      return reply.send(renderSurveyForm({ slug, code: request.params.code, asOf, survey: found.view }));
    },
  );

  // Plain HTML forms post form-encoded bodies: a parser for them only in this scope (never a session route).
  void app.register(async (scope: FastifyInstance) => {
    acceptPublicForms(scope);
    scope.post<{ Params: { slug: string }; Body: FormFields }>(
      '/public/:slug/surveys',
      {
        config: read,
        schema: { tags: ['public'], summary: '输入测评码（无需登录） The code form', security: [] },
      },
      async (request, reply) => {
        reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'no-store');
        const district = await findPublicDistrict(request.ctx, String(request.params.slug).slice(0, 200));
        if (!district) return reply.status(404).send(publicNotFoundPage);
        const typed = String((request.body as FormFields | undefined)?.code ?? '').slice(0, 64);
        const code = normalizeCode(typed);
        if (!code) {
          const asOf = shanghaiDate(request.ctx.clock.now());
          const error = '测评码有误，请核对测评卡上的 10 位测评码';
          return reply.status(422).send(
            renderSurveyEntryPage({
              slug: district.code,
              district: district.name,
              asOf,
              code: typed,
              error,
            }),
          );
        }
        return reply.redirect(`/public/${encodeURIComponent(district.code)}/surveys/${code}`, 303);
      },
    );
    scope.post<{ Params: { slug: string; code: string }; Body: FormFields }>(
      '/public/:slug/surveys/:code',
      {
        config: send,
        schema: { tags: ['public'], summary: '提交答卷表单（无需登录） The answer form', security: [] },
      },
      async (request, reply) => {
        reply.type(html).header('referrer-policy', sameOrigin).header('cache-control', 'no-store');
        const slug = String(request.params.slug).slice(0, 200);
        const raw = String(request.params.code).slice(0, 64);
        const found = await findPublicSurvey(request.ctx, slug, raw);
        if (!found) return reply.status(404).send(publicNotFoundPage);
        const asOf = shanghaiDate(request.ctx.clock.now());
        const refuse = (reason: PublicSurveyRefusal) =>
          reply
            .status(refusalStatus[reason])
            .send(renderSurveyRefusalPage({ slug, district: found.district.name, asOf, reason }));
        if (found.state === 'refused') return refuse(found.reason);
        const form = typeof request.body === 'object' && request.body ? request.body : {};
        const again = (errors: Record<string, string>) =>
          reply
            .status(422)
            .send(renderSurveyForm({ slug, code: raw, asOf, survey: found.view, values: form, errors }));
        const parsed = ZPublicAnswerBody.safeParse(bodyOfForm(form, found.view));
        if (!parsed.success)
          return again(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
        try {
          await submitSurveyAnswer(request.ctx, slug, raw, parsed.data, {
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          if (error.code === 'SURVEY_CODE_USED') return refuse('used');
          if (error.code === 'SURVEY_NOT_OPEN') return refuse('ended');
          if (error.code === 'SURVEY_LINK_FULL') return refuse('full');
          const fields = (error.details as { fields?: Array<{ path: string; message: string }> } | undefined)
            ?.fields;
          if (!fields) throw error;
          return again(Object.fromEntries(fields.map((f) => [f.path, f.message])));
        }
        return reply
          .status(201)
          .send(
            renderSurveyThanksPage({ slug, district: found.district.name, asOf, title: found.view.title }),
          );
      },
    );
  });
}

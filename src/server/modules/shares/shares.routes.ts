import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { listDueShares } from './list-due-shares';
import { listShares } from './list-shares';
import { returnShare } from './return-share';
import { listCooperationRatings } from './list-cooperation-ratings';
import { rateCooperation } from './rate-cooperation';
import {
  ZCooperationRatings,
  ZPutRatingsBody,
  ZRatingsQuery,
  ZDueShares,
  ZReturnShareBody,
  ZShareParams,
  ZSharesQuery,
  ZSubmitShareBody,
  ZTaskShare,
  ZTaskShareList,
} from './shares.schemas';
import { submitShare } from './submit-share';

const tags = ['shares'];

export function registerShareRoutes(app: App): void {
  app.get(
    '/api/v1/tasks/:id/shares',
    {
      schema: {
        tags,
        summary: '配合单位报送 Co-units’ shares of a task for a period (today’s by default)',
        params: ZIdParams,
        querystring: ZSharesQuery,
        response: { 200: ZTaskShareList },
      },
    },
    async (request) => listShares(requireActor(request.ctx), request.params.id, request.query),
  );
  app.post(
    '/api/v1/tasks/:id/shares',
    {
      schema: {
        tags,
        summary: '报送配合分报 Submit or redo the caller’s unit’s share (co-unit)',
        params: ZIdParams,
        body: ZSubmitShareBody,
        response: { 201: ZTaskShare },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitShare(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.post(
    '/api/v1/tasks/:id/shares/:shareId/return',
    {
      schema: {
        tags,
        summary: '退回配合分报 Ask a co-unit to redo its share (lead unit)',
        params: ZShareParams,
        body: ZReturnShareBody,
        response: { 200: ZTaskShare },
      },
    },
    async (request) =>
      returnShare(requireActor(request.ctx), request.params.id, request.params.shareId, request.body),
  );
  app.get(
    '/api/v1/tasks/:id/cooperation-ratings',
    {
      schema: {
        tags,
        summary: '配合评价 The lead unit’s ratings of the co-units for a year (this year by default)',
        params: ZIdParams,
        querystring: ZRatingsQuery,
        response: { 200: ZCooperationRatings },
      },
    },
    async (request) => listCooperationRatings(requireActor(request.ctx), request.params.id, request.query),
  );
  app.put(
    '/api/v1/tasks/:id/cooperation-ratings',
    {
      schema: {
        tags,
        summary: '评价配合单位 Rate the co-units: good / fair / poor with a reason (lead unit)',
        params: ZIdParams,
        body: ZPutRatingsBody,
        response: { 200: ZCooperationRatings },
      },
    },
    async (request) => rateCooperation(requireActor(request.ctx), request.params.id, request.body),
  );
  app.get(
    '/api/v1/shares/due',
    {
      schema: {
        tags,
        summary: '待报送的配合任务 Shares the caller’s unit owes this period',
        response: { 200: ZDueShares },
      },
    },
    async (request) => listDueShares(requireActor(request.ctx)),
  );
}

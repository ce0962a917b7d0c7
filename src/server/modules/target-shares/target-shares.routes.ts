import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { approveTargetSplit } from './approve-target-split';
import { listSharesToFollow } from './list-shares-to-follow';
import { listTargetShares } from './list-target-shares';
import { reportTargetShare } from './report-target-share';
import { splitTarget } from './split-target';
import {
  ZSharesToFollow,
  ZApproveSplitBody,
  ZReportTargetShareBody,
  ZSplitTargetBody,
  ZTargetShare,
  ZTargetShareList,
} from './target-shares.schemas';

export function registerTargetShareRoutes(app: App): void {
  app.get(
    '/api/v1/target-shares',
    {
      schema: {
        tags: ['target-shares'],
        summary: '本单位分解指标 The shares to follow: a unit its own, the office and leaders all',
        response: { 200: ZSharesToFollow },
      },
    },
    async (request) => listSharesToFollow(requireActor(request.ctx)),
  );
  app.get(
    '/api/v1/targets/:id/shares',
    {
      schema: {
        tags: ['target-shares'],
        summary: '指标分解到单位 Per-unit shares of a target',
        params: ZIdParams,
        response: { 200: ZTargetShareList },
      },
    },
    async (request) => listTargetShares(requireActor(request.ctx), request.params.id),
  );
  app.put(
    '/api/v1/targets/:id/shares',
    {
      schema: {
        tags: ['target-shares'],
        summary: '分解指标 Set the whole split of a target (office: approved; lead unit: proposed)',
        params: ZIdParams,
        body: ZSplitTargetBody,
        response: { 200: ZTargetShareList },
      },
    },
    async (request) => splitTarget(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/targets/:id/shares/approve',
    {
      schema: {
        tags: ['target-shares'],
        summary: "审定分解方案 Approve the lead unit's proposed split (office)",
        params: ZIdParams,
        body: ZApproveSplitBody,
        response: { 200: ZTargetShareList },
      },
    },
    async (request) => approveTargetSplit(requireActor(request.ctx), request.params.id, request.body),
  );
  app.patch(
    '/api/v1/target-shares/:id',
    {
      schema: {
        tags: ['target-shares'],
        summary: "填报分解指标完成值 Report a share's current value (its unit or the lead unit)",
        params: ZIdParams,
        body: ZReportTargetShareBody,
        response: { 200: ZTargetShare },
      },
    },
    async (request) => reportTargetShare(requireActor(request.ctx), request.params.id, request.body),
  );
}

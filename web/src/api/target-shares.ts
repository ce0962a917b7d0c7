/** Typed client of 指标分解到单位 (shapes in src/server/modules/target-shares/target-shares.schemas.ts). */

import type { z } from 'zod';
import type {
  TShareToFollow,
  TSharesToFollow,
  TTargetShare,
  TTargetShareList,
  ZApproveSplitBody,
  ZReportTargetShareBody,
  ZSplitTargetBody,
} from '../../../src/server/modules/target-shares/target-shares.schemas';
import { api } from './client';

export type TargetShare = TTargetShare;
export type ShareToFollow = TShareToFollow;
export type SharesToFollow = TSharesToFollow;
export type TargetShareList = TTargetShareList;
export type SplitTargetBody = z.input<typeof ZSplitTargetBody>;
export type ApproveSplitBody = z.input<typeof ZApproveSplitBody>;
export type ReportTargetShareBody = z.input<typeof ZReportTargetShareBody>;

export const targetSharesApi = {
  /** The shares the caller's unit follows (the office and leaders: all), red first. */
  toFollow: (signal?: AbortSignal) => api.get<SharesToFollow>('/target-shares', undefined, signal),
  list: (targetId: string) => api.get<TargetShareList>(`/targets/${targetId}/shares`),
  split: (targetId: string, body: SplitTargetBody) =>
    api.put<TargetShareList>(`/targets/${targetId}/shares`, body),
  approveSplit: (targetId: string, body: ApproveSplitBody) =>
    api.post<TargetShareList>(`/targets/${targetId}/shares/approve`, body),
  report: (shareId: string, body: ReportTargetShareBody) =>
    api.patch<TargetShare>(`/target-shares/${shareId}`, body),
};

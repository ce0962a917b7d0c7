/** Typed client of 指标分解到单位 (shapes in src/server/modules/target-shares/target-shares.schemas.ts). */

import type { z } from 'zod';
import type {
  TTargetShare,
  TTargetShareList,
  ZApproveSplitBody,
  ZReportTargetShareBody,
  ZSplitTargetBody,
} from '../../../src/server/modules/target-shares/target-shares.schemas';
import { api } from './client';

export type TargetShare = TTargetShare;
export type TargetShareList = TTargetShareList;
export type SplitTargetBody = z.input<typeof ZSplitTargetBody>;
export type ApproveSplitBody = z.input<typeof ZApproveSplitBody>;
export type ReportTargetShareBody = z.input<typeof ZReportTargetShareBody>;

export const targetSharesApi = {
  list: (targetId: string) => api.get<TargetShareList>(`/targets/${targetId}/shares`),
  split: (targetId: string, body: SplitTargetBody) =>
    api.put<TargetShareList>(`/targets/${targetId}/shares`, body),
  approveSplit: (targetId: string, body: ApproveSplitBody) =>
    api.post<TargetShareList>(`/targets/${targetId}/shares/approve`, body),
  report: (shareId: string, body: ReportTargetShareBody) =>
    api.patch<TargetShare>(`/target-shares/${shareId}`, body),
};

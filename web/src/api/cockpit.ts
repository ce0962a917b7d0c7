/** Typed client of 驾驶舱 (GET /api/v1/cockpit; the shape is ZCockpit in src/server/modules/analysis/cockpit.schemas.ts). */

import { api } from './client';
import type { Light, LightReason, TaskStatus } from './types';

export interface CockpitCounts {
  total: number;
  completed: number;
  red: number;
  yellow: number;
  green: number;
}

export interface CockpitTask {
  id: string;
  code: string | null;
  title: string;
  unitName: string;
  progress: number;
  dueDate: string | null;
  status: TaskStatus;
  light: Light;
  reasons: LightReason[];
}

export interface CockpitUnit extends CockpitCounts {
  unitId: string;
  unitName: string;
  completionRate: number;
}

export interface CockpitInstruction {
  id: string;
  taskId: string;
  taskCode: string | null;
  taskTitle: string;
  leaderName: string;
  text: string;
  createdAt: string;
  answered: boolean;
  replyCount: number;
  latestReply: { text: string; authorName: string; unitName: string; createdAt: string } | null;
}

export interface CockpitRectification {
  id: string;
  finding: string;
  unitName: string;
  deadline: string;
  status: 'open' | 'submitted';
  daysOverdue: number;
  caseId: string | null;
  taskId: string | null;
}

export type CockpitView = 'portfolio' | 'district';

export interface Cockpit {
  asOf: string;
  overall: {
    published: number;
    completed: number;
    completionRate: number;
    red: number;
    yellow: number;
    green: number;
  };
  units: CockpitUnit[];
  categories: (CockpitCounts & { category: string | null; completionRate: number })[];
  portfolioCounts: CockpitCounts;
  portfolio: CockpitTask[];
  redTasks: CockpitTask[];
  /** The district's red and yellow tasks, worst first: a leader's 全区 view. */
  districtTasks: CockpitTask[];
  districtCounts: { red: number; yellow: number };
  /** The list the page opens on (setting cockpit.districtViewLeaderIds lists the leaders who open on the district). */
  defaultView: CockpitView;
  instructions: CockpitInstruction[];
  overdueRectifications: CockpitRectification[];
}

export const cockpitApi = {
  get: (signal?: AbortSignal) => api.get<Cockpit>('/cockpit', undefined, signal),
};

import { z } from 'zod';
import { ZCockpitProjects } from './cockpit-projects';
import { ZCaseDeadlineSummary } from '../case-deadlines/case-deadlines.schemas';
import { lightReasons, lights, rectificationStatuses, taskStatuses } from '../../../domain/vocabulary';

const light = z.enum(lights);
const counts = {
  total: z.number(),
  completed: z.number(),
  red: z.number(),
  yellow: z.number(),
  green: z.number(),
  completionRate: z.number(),
};
const ZCockpitTask = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  unitName: z.string(),
  progress: z.number(),
  dueDate: z.string().nullable(),
  status: z.enum(taskStatuses),
  light,
  reasons: z.array(z.enum(lightReasons)),
});

/** 驾驶舱: what GET /api/v1/cockpit answers (see cockpit.ts). */
export const ZCockpit = z.object({
  asOf: z.string(),
  overall: z.object({
    published: z.number(),
    completed: z.number(),
    completionRate: z.number(),
    red: z.number(),
    yellow: z.number(),
    green: z.number(),
  }),
  /** Lights by lead unit, the most red first. */
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), ...counts })),
  /** By the task's category (null: none given), the largest first. */
  categories: z.array(z.object({ category: z.string().nullable(), ...counts })),
  /** The caller's own portfolio (牵头区领导), counted whole; `portfolio` holds its first rows, red first. */
  portfolioCounts: z.object({
    total: z.number(),
    completed: z.number(),
    red: z.number(),
    yellow: z.number(),
    green: z.number(),
  }),
  portfolio: z.array(ZCockpitTask),
  /** The district's red tasks, nearest deadline first (the first 20). */
  redTasks: z.array(ZCockpitTask),
  /** The district's red and yellow tasks, worst first (the first 50): a leader's 全区 view. */
  districtTasks: z.array(ZCockpitTask),
  districtCounts: z.object({ red: z.number(), yellow: z.number() }),
  /** Which list the page opens on: a leader's own portfolio, or the district (setting cockpit.districtViewLeaderIds). */
  defaultView: z.enum(['portfolio', 'district']),
  instructions: z.array(
    z.object({
      id: z.string(),
      taskId: z.string(),
      taskCode: z.string().nullable(),
      taskTitle: z.string(),
      leaderName: z.string(),
      text: z.string(),
      createdAt: z.string(),
      answered: z.boolean(),
      replyCount: z.number(),
      latestReply: z
        .object({ text: z.string(), authorName: z.string(), unitName: z.string(), createdAt: z.string() })
        .nullable(),
    }),
  ),
  overdueRectifications: z.array(
    z.object({
      id: z.string(),
      finding: z.string(),
      unitName: z.string(),
      deadline: z.string(),
      status: z.enum(rectificationStatuses),
      daysOverdue: z.number(),
      caseId: z.string().nullable(),
      taskId: z.string().nullable(),
    }),
  ),
  /** Key projects of the year: lights, investment vs plan to date, the red ones (cockpit-projects.ts). */
  projects: ZCockpitProjects,
  /** 督办事项: open cases, rectifications, instructions, due soon and overdue (the first 20 overdue named). */
  caseDeadlines: ZCaseDeadlineSummary,
});
export type TCockpit = z.infer<typeof ZCockpit>;

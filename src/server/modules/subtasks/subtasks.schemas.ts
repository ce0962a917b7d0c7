import { z } from 'zod';
import { subtaskAbilityKeys, subtasksAbilityKeys } from '../../../domain/subtasks';
import { subtaskStatuses } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZDate } from '../tasks/tasks.schemas';

/** 分解到科室/个人: a section of the caller's unit and/or an account of the unit or its sections. */
export const ZCreateSubtaskBody = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    content: z.string().trim().max(4000).nullish(),
    sectionId: z.uuid().nullish(),
    assigneeId: z.uuid().nullish(),
    startDate: ZDate.nullish(),
    dueDate: ZDate,
    weight: z.number().int().min(1).max(100).default(1),
  })
  .refine((b) => b.sectionId || b.assigneeId, {
    message: '请选择科室或责任人',
    path: ['sectionId'],
  });
export type TCreateSubtaskBody = z.infer<typeof ZCreateSubtaskBody>;

/**
 * A change to a sub-task with its `version`. The unit changes anything; the section and the assignee only
 * progress, note and status (done or open again).
 */
export const ZUpdateSubtaskBody = z.strictObject({
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(200).optional(),
  content: z.string().trim().max(4000).nullable().optional(),
  sectionId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  startDate: ZDate.nullable().optional(),
  dueDate: ZDate.optional(),
  weight: z.number().int().min(1).max(100).optional(),
  progress: z.number().int().min(0).max(100).optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  status: z.enum(subtaskStatuses).optional(),
});
export type TUpdateSubtaskBody = z.infer<typeof ZUpdateSubtaskBody>;

export const ZSubtask = z.object({
  id: z.string(),
  taskId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  sectionId: z.string().nullable(),
  sectionName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  title: z.string(),
  content: z.string().nullable(),
  startDate: z.string().nullable(),
  dueDate: z.string(),
  progress: z.number().int(),
  weight: z.number().int(),
  status: z.enum(subtaskStatuses),
  note: z.string().nullable(),
  /** Open and past its due date. */
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(subtaskAbilityKeys),
});
export type TSubtask = z.infer<typeof ZSubtask>;

const ZOption = z.object({ id: z.string(), name: z.string() });

export const ZSubtaskTree = z.object({
  taskId: z.string(),
  taskStartDate: z.string().nullable(),
  taskDueDate: z.string().nullable(),
  /** The sub-tasks the caller may see: the office all, a unit those it made, a section those given to it. */
  items: z.array(ZSubtask),
  /** 按子任务进度建议: the weighted mean of the listed sub-tasks' progress, or null without any. */
  suggestedProgress: z.number().int().nullable(),
  abilities: zAbilities(subtasksAbilityKeys),
  /** What the split form offers the caller: its unit's sections and the accounts of the unit and sections. */
  options: z.object({
    sections: z.array(ZOption),
    people: z.array(ZOption.extend({ unitId: z.string() })),
  }),
});
export type TSubtaskTree = z.infer<typeof ZSubtaskTree>;

export const ZMySubtask = ZSubtask.extend({
  taskTitle: z.string(),
  taskCode: z.string().nullable(),
});
export const ZMySubtaskList = z.object({ items: z.array(ZMySubtask) });
export type TMySubtaskList = z.infer<typeof ZMySubtaskList>;

/** 责任人: the lead unit names an account of its own unit or of its sections (null clears it). */
export const ZResponsibleUserBody = z.strictObject({
  userId: z.uuid().nullable(),
  version: z.number().int().positive(),
});
export type TResponsibleUserBody = z.infer<typeof ZResponsibleUserBody>;

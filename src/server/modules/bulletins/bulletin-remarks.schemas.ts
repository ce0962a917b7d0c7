import { z } from 'zod';
import { bulletinRemarkKinds } from '../../../domain/vocabulary';

/** 通报表扬 / 通报批评 of a unit, or of a task (which names its lead unit). */
export const ZAddRemarkBody = z
  .strictObject({
    kind: z.enum(bulletinRemarkKinds),
    unitId: z.uuid().optional(),
    taskId: z.uuid().optional(),
    text: z.string().trim().min(1, '请填写表扬或批评的内容').max(1000),
  })
  .refine((b) => Boolean(b.unitId) !== Boolean(b.taskId), {
    message: '请选择一个单位或一项任务',
    path: ['unitId'],
  });
export type TAddRemarkBody = z.infer<typeof ZAddRemarkBody>;

export const ZBulletinRemark = z.object({
  id: z.string(),
  bulletinId: z.string(),
  kind: z.enum(bulletinRemarkKinds),
  unitId: z.string(),
  unitName: z.string(),
  taskId: z.string().nullable(),
  /** "编号 任务名" of the task named, or null for a remark on a unit. */
  taskLabel: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  abilities: z.object({ remove: z.boolean() }),
});
export type TBulletinRemark = z.infer<typeof ZBulletinRemark>;

export const ZBulletinRemarkList = z.object({
  items: z.array(ZBulletinRemark),
  abilities: z.object({ add: z.boolean() }),
});
export type TBulletinRemarkList = z.infer<typeof ZBulletinRemarkList>;

/** The remark's id is checked by the use case (a malformed one is 404), so that the policy answers first. */
export const ZRemarkParams = z.strictObject({ id: z.uuid(), remarkId: z.string().min(1).max(64) });

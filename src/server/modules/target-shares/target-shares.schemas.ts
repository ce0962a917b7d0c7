import { z } from 'zod';
import { targetShareAbilityKeys, targetSplitAbilityKeys } from '../../../domain/abilities/target-share';
import { comparators, lightReasons, lights, targetShareStatuses } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';

const ZFigure = z.number().min(-1e12).max(1e12);

/** One unit's share as the office sets it. */
export const ZTargetShareInput = z.strictObject({
  unitId: z.uuid('请选择单位'),
  targetValue: ZFigure,
  targetValueMax: ZFigure.nullable().optional(),
});

/**
 * 分解到单位: the whole split at once (the office's is approved, the lead unit's a proposal; an empty list removes it), with the split's `version` as the caller
 * read it (0 while the target is not split) so that two offices do not overwrite each other.
 */
export const ZSplitTargetBody = z.strictObject({
  shares: z.array(ZTargetShareInput).max(200),
  version: z.number().int().min(0),
});
export type TSplitTargetBody = z.infer<typeof ZSplitTargetBody>;

/** The office approves the lead unit's proposal as it stands (the split's `version`). */
export const ZApproveSplitBody = z.strictObject({ version: z.number().int().positive() });
export type TApproveSplitBody = z.infer<typeof ZApproveSplitBody>;

/** A unit reports its share's current value (the share's `version`). */
export const ZReportTargetShareBody = z.strictObject({
  currentValue: ZFigure,
  version: z.number().int().positive(),
});
export type TReportTargetShareBody = z.infer<typeof ZReportTargetShareBody>;

export const ZTargetShare = z.object({
  id: z.string(),
  targetId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  targetValue: z.number(),
  targetValueMax: z.number().nullable(),
  currentValue: z.number().nullable(),
  /** Current against the share's figure in percent, one decimal; null until reported. */
  progress: z.number().nullable(),
  /** The share's own light on the task's time (for its unit); null without dates. */
  light: z.enum(lights).nullable(),
  lightReasons: z.array(z.enum(lightReasons)),
  status: z.enum(targetShareStatuses),
  version: z.number().int(),
  updatedAt: z.string(),
  abilities: zAbilities(targetShareAbilityKeys),
});
export type TTargetShare = z.infer<typeof ZTargetShare>;

export const ZTargetShareList = z.object({
  targetId: z.string(),
  taskId: z.string(),
  indicator: z.string(),
  unit: z.string(),
  comparator: z.enum(comparators),
  targetValue: z.number().nullable(),
  targetValueMax: z.number().nullable(),
  /** The district's current value: the sum of the approved shares' current values (null before any). */
  currentValue: z.number().nullable(),
  /** The sum of the shares' figures. */
  sharesTotal: z.number(),
  /** The split's version for PUT (0 when not split). */
  splitVersion: z.number().int(),
  /** Whether the caller sees every share (the office, leaders, the lead unit) or only its unit's. */
  complete: z.boolean(),
  items: z.array(ZTargetShare),
  abilities: zAbilities(targetSplitAbilityKeys),
});
export type TTargetShareList = z.infer<typeof ZTargetShareList>;

/** A share to follow (the unit's view): the share with its task and indicator, its progress and light. */
export const ZShareToFollow = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  taskId: z.string(),
  taskCode: z.string().nullable(),
  taskTitle: z.string(),
  targetId: z.string(),
  indicator: z.string(),
  unit: z.string(),
  targetValue: z.number(),
  targetValueMax: z.number().nullable(),
  currentValue: z.number().nullable(),
  progress: z.number().nullable(),
  status: z.enum(targetShareStatuses),
  light: z.enum(lights).nullable(),
  lightReasons: z.array(z.enum(lightReasons)),
  version: z.number().int(),
});
export const ZSharesToFollow = z.object({
  /** Red first, then yellow, then green; at most 200. */
  items: z.array(ZShareToFollow),
});
export type TSharesToFollow = z.infer<typeof ZSharesToFollow>;
export type TShareToFollow = z.infer<typeof ZShareToFollow>;

import { targetSplitVerdicts, targetShareAbilities } from '../../../domain/abilities/target-share';
import { toAbilities, type AbilityActor } from '../../../domain/abilities';
import { districtCurrentValue, shareLightAsOf, shareProgress } from '../../../domain/target-shares';
import type { LightSettings } from '../../../domain/schedule';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import type { TaskRow } from '../tasks/tasks.repository';
import { unitNames, type TargetRow, type TargetShareRow } from './target-shares.repository';
import type { TTargetShare, TTargetShareList } from './target-shares.schemas';
import { splitVersionOf } from './target-for-shares';

interface Presented {
  target: TargetRow;
  task: TaskRow;
  shares: TargetShareRow[];
  visible: TargetShareRow[];
  complete: boolean;
}

/** Rows → one share as the API sends it, with its progress, its light for its unit and the caller's abilities. */
export function presentShare(
  actor: AbilityActor,
  target: TargetRow,
  task: TaskRow,
  share: TargetShareRow,
  names: Map<string, string>,
  today: string,
  lightSettings: LightSettings,
): TTargetShare {
  const light =
    task.status === 'draft' ? null : shareLightAsOf(target.comparator, share, task, today, lightSettings);
  return {
    id: share.id,
    targetId: share.targetId,
    unitId: share.unitId,
    unitName: names.get(share.unitId) ?? null,
    targetValue: share.targetValue,
    targetValueMax: share.targetValueMax,
    currentValue: share.currentValue,
    progress: shareProgress(target.comparator, share),
    light: light?.light ?? null,
    lightReasons: light?.reasons ?? [],
    status: share.status,
    version: share.version,
    updatedAt: iso(share.updatedAt),
    abilities: targetShareAbilities(actor, task, share),
  };
}

/** A target's split as the caller may see it: the shares, their sum, the district's current value. */
export async function presentShareList(
  tx: Executor,
  actor: AbilityActor,
  { target, task, shares, visible, complete }: Presented,
  today: string,
  lightSettings: LightSettings,
): Promise<TTargetShareList> {
  const names = await unitNames(tx, [...new Set(visible.map((s) => s.unitId))]);
  return {
    targetId: target.id,
    taskId: task.id,
    indicator: target.indicator,
    unit: target.unit,
    comparator: target.comparator,
    targetValue: target.targetValue,
    targetValueMax: target.targetValueMax,
    // Until a split is approved (none, or only a proposal) the target keeps its own figure.
    currentValue: shares.some((s) => s.status === 'approved')
      ? districtCurrentValue(shares)
      : target.currentValue,
    // Only what the caller sees is summed: a street does not learn the other streets' figures.
    sharesTotal: visible.reduce((sum, s) => sum + Math.round(s.targetValue * 1e6), 0) / 1e6,
    splitVersion: splitVersionOf(target, shares),
    complete,
    items: visible.map((s) => presentShare(actor, target, task, s, names, today, lightSettings)),
    abilities: toAbilities(targetSplitVerdicts(actor, task, shares)),
  };
}

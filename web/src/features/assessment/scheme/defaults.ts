import type {
  BonusKind,
  BonusRule,
  ComponentKey,
  DeductionKind,
  DeductionRule,
  SchemeComponent,
} from '../../../api/assessment';

/** What a component starts with when it is switched on in the editor (the engine's defaults). */
export function newComponent(key: ComponentKey): SchemeComponent {
  if (key === 'task_completion')
    return { key, weight: 0, lateDayPenalty: 1, lateFloor: 60, keyTaskWeight: 2, whenNoFacts: 'reweight' };
  if (key === 'evaluation')
    return {
      key,
      weight: 0,
      partyWeights: { self: 10, organisation: 40, serviceObject: 30, lineManagement: 20 },
      whenNoFacts: 'reweight',
    };
  return { key, weight: 0, whenNoFacts: key === 'rectification' ? 'full' : 'reweight' };
}
export function newDeduction(kind: DeductionKind): DeductionRule {
  if (kind === 'accountability') return { kind, amounts: {}, cap: null };
  if (kind === 'yellow_month') return { kind, amount: 1, perCount: 2, cap: null };
  return { kind, amount: 1, cap: null };
}
export function newBonus(kind: BonusKind): BonusRule {
  return kind === 'bulletin_praise' ? { kind, amount: 0.5, cap: null } : { kind, amounts: {}, cap: null };
}

import type { Settings } from '../../../domain/settings';
import { toleranceTargetKinds, type ToleranceTargetKind } from '../../../domain/vocabulary';

const settingOf: Record<ToleranceTargetKind, keyof Settings> = {
  bulletin_criticism: 'tolerance.bulletinCriticism',
  interview: 'tolerance.interview',
  accountability: 'tolerance.accountability',
  red_light: 'tolerance.redLight',
};

/** The kinds of fact the district lets units ask to have tolerated (tenant settings `tolerance.*`). */
export function tolerableKinds(settings: Settings): ToleranceTargetKind[] {
  return toleranceTargetKinds.filter((k) => settings[settingOf[k]] === true);
}

import type { AcceptanceSettings } from '../../../domain/acceptance';
import type { Settings } from '../../../domain/settings';

export function acceptanceSettingsOf(settings: Settings): AcceptanceSettings {
  return {
    byLeader: settings['acceptance.byLeader'],
    requireEvidence: settings['acceptance.requireEvidence'],
  };
}

import type { SettingKey } from '../../../domain/settings';
import type { AuthedContext } from '../../context';
import { canEditSetting } from './settings.policy';
import { rules } from './settings.schemas';

/** The keys the caller may change (the settings page shows only these as editable). */
export function editableSettingKeys(ctx: AuthedContext): SettingKey[] {
  return (Object.keys(rules) as SettingKey[]).filter((key) => canEditSetting(ctx.actor, key));
}

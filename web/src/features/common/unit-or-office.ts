import { officeOf } from '../../../../src/domain/offices';
import type { Translate } from '../../i18n/i18n';

/**
 * What an account belongs to: its unit, or for a supervisor or leader their office (督查室 / 区领导);
 * `none` (未归属单位 by default) only for accounts with neither.
 */
export function unitOrOffice(
  t: Translate,
  unitName: string | null | undefined,
  roles: readonly string[],
  none?: string,
): string {
  if (unitName) return unitName;
  const office = officeOf(roles);
  return office ? t(`office.${office}`) : (none ?? t('topbar.noUnit'));
}

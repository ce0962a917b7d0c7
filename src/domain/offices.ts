/**
 * Where an account without a unit sits: a supervisor works in the 督查室 (supervision office), a leader is
 * one of the 区领导 (district leaders). Pages and the audit log show this instead of "no unit".
 */
export type Office = 'supervision_office' | 'district_leaders';

export const officeLabels: Record<Office, { zh: string; en: string }> = {
  supervision_office: { zh: '督查室', en: 'Supervision office' },
  district_leaders: { zh: '区领导', en: 'District leaders' },
};

/** The office of an account's roles, or null (unit staff have their unit; administrators have neither). */
export function officeOf(roles: readonly string[]): Office | null {
  if (roles.includes('supervisor')) return 'supervision_office';
  if (roles.includes('leader')) return 'district_leaders';
  return null;
}

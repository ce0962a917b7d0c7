import type { SettingKey } from '../../../domain/settings';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canEditSetting, canUpdateSettings } from './settings.policy';
import { loadSettings, rolesOfUsers, upsertSetting } from './settings.repository';
import { readSettings } from './read-settings';
import { rules } from './settings.schemas';

/**
 * The administrator changes the business settings and the security officer the security ones (三员分立): a
 * patch with a key the caller does not own is refused whole. Each change is validated by key and audited
 * with its old value.
 */
export async function updateSettings(ctx: AuthedContext, patch: Record<string, unknown>) {
  assertCan(canUpdateSettings(ctx.actor));
  const refused = Object.keys(patch).filter((key) => !canEditSetting(ctx.actor, key));
  if (refused.length > 0)
    throw new AppError('FORBIDDEN', {
      details: { fields: refused.map((path) => ({ path, message: '该设置不属于您的职责' })) },
    });
  const fields: Array<{ path: string; message: string }> = [];
  for (const [key, value] of Object.entries(patch)) {
    // Own keys only: `constructor` or `toString` would otherwise find Object.prototype's and fail with a 500.
    const rule = Object.hasOwn(rules, key) ? rules[key as SettingKey] : undefined;
    if (!rule) fields.push({ path: key, message: '没有这项设置' });
    else if (!rule.safeParse(value).success) fields.push({ path: key, message: '取值超出允许范围' });
  }
  if (patch['lights.yellowGap'] !== undefined || patch['lights.redGap'] !== undefined) {
    const current = await readSettings(ctx);
    const yellow = (patch['lights.yellowGap'] as number | undefined) ?? current['lights.yellowGap'];
    const red = (patch['lights.redGap'] as number | undefined) ?? current['lights.redGap'];
    if (yellow >= red) fields.push({ path: 'lights.yellowGap', message: '黄灯阈值应小于红灯阈值' });
  }
  if (
    patch['projects.lights.yellowBehindPct'] !== undefined ||
    patch['projects.lights.redBehindPct'] !== undefined
  ) {
    const current = await readSettings(ctx);
    const yellow =
      (patch['projects.lights.yellowBehindPct'] as number | undefined) ??
      current['projects.lights.yellowBehindPct'];
    const red =
      (patch['projects.lights.redBehindPct'] as number | undefined) ??
      current['projects.lights.redBehindPct'];
    if (yellow >= red)
      fields.push({ path: 'projects.lights.yellowBehindPct', message: '黄灯阈值应小于红灯阈值' });
  }
  const leaderIds = patch['cockpit.districtViewLeaderIds'];
  if (fields.length === 0 && Array.isArray(leaderIds) && leaderIds.length > 0) {
    // Only a leader has a portfolio to switch away from; any other id is a mistake worth naming.
    const found = await tenantTx(ctx, (tx) => rolesOfUsers(tx, leaderIds as string[]));
    const leaders = new Set(found.filter((u) => u.roles.includes('leader')).map((u) => u.id));
    if ((leaderIds as string[]).some((id) => !leaders.has(id)))
      fields.push({ path: 'cockpit.districtViewLeaderIds', message: '只能列出区领导账号' });
  }
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const before = await loadSettings(tx, ctx.actor.tenantId);
    for (const [key, value] of Object.entries(patch)) {
      await upsertSetting(tx, {
        tenantId: ctx.actor.tenantId,
        key,
        value,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
    }
    const after = await loadSettings(tx, ctx.actor.tenantId);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'settings.updated',
      entityType: 'settings',
      entityId: ctx.actor.tenantId,
      before,
      after,
    });
    return after;
  });
}

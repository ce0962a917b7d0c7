import { eq, inArray } from 'drizzle-orm';
import { resolveSettings, type Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { settings, users } from '../../db/schema';

/** The tenant's settings: stored overrides over the defaults. */
export async function loadSettings(tx: Executor, tenantId: string): Promise<Settings> {
  const rows = await tx
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(eq(settings.tenantId, tenantId));
  return resolveSettings(rows);
}

/** Id and roles of the given accounts (the cockpit's district-view list must name leaders only). */
export async function rolesOfUsers(
  tx: Executor,
  ids: string[],
): Promise<Array<{ id: string; roles: string[] }>> {
  return tx.select({ id: users.id, roles: users.roles }).from(users).where(inArray(users.id, ids));
}

/** Stores one setting of the tenant, replacing its value if set before. */
export async function upsertSetting(
  tx: Executor,
  row: { tenantId: string; key: string; value: unknown; updatedAt: Date; updatedBy: string },
): Promise<void> {
  await tx
    .insert(settings)
    .values(row)
    .onConflictDoUpdate({
      target: [settings.tenantId, settings.key],
      set: { value: row.value, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    });
}

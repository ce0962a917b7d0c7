import { eq } from 'drizzle-orm';
import { resolveSettings, type Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { settings } from '../../db/schema';

/** The tenant's settings: stored overrides over the defaults. */
export async function loadSettings(tx: Executor, tenantId: string): Promise<Settings> {
  const rows = await tx
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(eq(settings.tenantId, tenantId));
  return resolveSettings(rows);
}

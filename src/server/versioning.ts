import { eq } from 'drizzle-orm';
import type { Executor } from './db/client';
import { users } from './db/schema';
import { AppError } from './errors';

/** 409 VERSION_CONFLICT saying who changed the row and when, so that the page can offer to reload. */
export async function versionConflict(
  tx: Executor,
  current: { version: number; updatedAt: Date; updatedBy: string | null },
): Promise<AppError> {
  const by = current.updatedBy
    ? (await tx.select({ name: users.displayName }).from(users).where(eq(users.id, current.updatedBy)))[0]
        ?.name
    : undefined;
  return new AppError('VERSION_CONFLICT', {
    details: {
      currentVersion: current.version,
      updatedBy: by ?? null,
      updatedAt: current.updatedAt.toISOString(),
    },
  });
}

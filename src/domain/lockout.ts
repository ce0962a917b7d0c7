/** Login lockout (等保2.0 登录失败处理): too many failures within a window lock the account for a while. */
export interface LockoutSettings {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

/** True when the failures inside the window (including the one just made) reach the limit. */
export function shouldLock(failureTimes: readonly Date[], now: Date, settings: LockoutSettings): boolean {
  const since = now.getTime() - settings.windowMinutes * 60_000;
  return failureTimes.filter((t) => t.getTime() > since).length >= settings.maxFailures;
}

export function lockedUntil(now: Date, settings: LockoutSettings): Date {
  return new Date(now.getTime() + settings.lockMinutes * 60_000);
}

export function isLocked(locked: Date | null, now: Date): boolean {
  return locked !== null && locked.getTime() > now.getTime();
}

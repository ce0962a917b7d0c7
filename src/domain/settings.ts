/** Tenant settings with their defaults; a tenant overrides a key in the settings table. */
export const defaultSettings = {
  'password.minLength': 8,
  'password.maxAgeDays': 180,
  'password.warnDays': 15,
  'password.historyCount': 3,
  'login.maxFailures': 5,
  'login.windowMinutes': 15,
  'login.lockMinutes': 15,
  'session.idleMinutes': 30,
} as const;

export type SettingKey = keyof typeof defaultSettings;
export type Settings = { [K in SettingKey]: (typeof defaultSettings)[K] extends number ? number : unknown };

/** Merges stored overrides over the defaults, ignoring unknown keys and values of the wrong type. */
export function resolveSettings(stored: ReadonlyArray<{ key: string; value: unknown }>): Settings {
  const result: Record<string, unknown> = { ...defaultSettings };
  for (const { key, value } of stored) {
    if (key in defaultSettings && typeof value === typeof defaultSettings[key as SettingKey]) result[key] = value;
  }
  return result as Settings;
}

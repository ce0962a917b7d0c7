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
  /** A session ends this many hours after its login, however busy (an absolute lifetime). */
  'session.maxHours': 12,
  'lights.redGap': 30,
  'lights.yellowGap': 10,
  'lights.halfTime': 50,
  'lights.dueSoonDays': 3,
  /** 'month' or 'quarter' */
  'reports.period': 'month',
  'reports.requireUnitHeadSignOff': false,
  /** Remind units that have not reported this many days before the period closes. */
  'reminders.daysBeforeClose': 3,
  /** 签收时限: a published task must be accepted within this many working days (tenant calendar). */
  'tasks.acceptWorkingDays': 3,
  /** Remind the lead unit this many working days before the acceptance deadline. */
  'tasks.acceptRemindWorkingDays': 1,
  /** 赶超措施: working days the lead unit has to send a catch-up plan once its task turns red. */
  'catchUp.workingDays': 5,
  /** Whether a yellow light requires a catch-up plan too. */
  'catchUp.onYellow': false,
  /** 督办事项时限: a case, rectification or instruction is 即将到期 this many working days before its due date. */
  'supervision.dueSoonWorkingDays': 3,
  /** A leader's instruction (领导批示) is to be answered within this many working days of being written. */
  'instructions.answerWorkingDays': 5,
  /** 容错纠错: which facts a unit may ask to have tolerated (waived by a ruling). */
  'tolerance.bulletinCriticism': true,
  'tolerance.interview': true,
  'tolerance.accountability': true,
  'tolerance.redLight': true,
  /** Roles that must log in with a TOTP second factor; level-3 sites set ['admin', 'auditor', 'supervisor']. */
  'security.totpRequiredRoles': [] as readonly string[],
  /** Audit events younger than this many days are never purged (等保2.0: at least 180). */
  'audit.retentionDays': 180,
  /** Units see every unit's total, rank and grade in their groups (breakdowns stay their own). */
  'assessment.unitsSeeRanking': false,
  /** 公示期: working days (tenant calendar) after publication in which a unit may appeal its result (申诉). */
  'assessment.appealWindowDays': 5,
  /**
   * Leaders (user ids) whose cockpit opens on the whole district (全区) rather than their own portfolio:
   * the district head (区长) and the secretary (书记), who answer for every task.
   */
  'cockpit.districtViewLeaderIds': [] as readonly string[],
  /** The tenant's project types (a project's `type` is one of these labels). */
  'projects.types': ['工业', '服务业', '城建', '科技', '民生', '社会事业', '党建'] as readonly string[],
  /** A project is yellow when its completed investment is behind the time-proportional plan by ≥ this %. */
  'projects.lights.yellowBehindPct': 10,
  /** … and red when behind by ≥ this %. */
  'projects.lights.redBehindPct': 20,
  /** A month's project report is due by this day of the next month. */
  'projects.reportDay': 5,
  /** Strip the GPS location from uploaded JPEG photos' EXIF. */
  'projects.photos.stripExifLocation': true,
  /** An evidence attachment may be this large (MiB; at most the upload limit of 20 MiB). */
  'attachments.maxMiB': 20,
  /** The task's lead leader may accept its completion (验收) besides the office. */
  'acceptance.byLeader': false,
  /** A completion request must cite at least one attachment (evidence). */
  'acceptance.requireEvidence': false,
  /** The fields of a public project the board and the public page show. */
  'projects.board.publicFields': [
    'name',
    'type',
    'stage',
    'street',
    'plannedStart',
    'plannedEnd',
    'progressPct',
    'light',
    'nodes',
  ] as readonly string[],
  /** 堵点 kinds (a blocker's `kind` is one of these labels). */
  'blockers.kinds': ['手续', '征迁', '配套', '资金', '政策', '其他'] as readonly string[],
  /** Working days a blocker stays with the responsible unit before it goes up to the contracting leader. */
  'blockers.escalateAfterWorkingDays.unit': 5,
  /** … with the contracting leader before it goes to the weekly project meeting. */
  'blockers.escalateAfterWorkingDays.leader': 5,
  /** … on the weekly meeting's list before it goes to the standing committee. */
  'blockers.escalateAfterWorkingDays.meeting': 10,
  /** An open blocker older than this many days colours its project or task (reason blocker_open). */
  'blockers.lightAfterDays': 14,
  /**
   * The address users open Luoshi at (https://…): links in robot messages point there. Empty: the
   * LUOSHI_PUBLIC_URL setting of the server; neither: messages carry no link.
   */
  'notify.publicBaseUrl': '',
} as const;

export type SettingKey = keyof typeof defaultSettings;
type Widen<T> = T extends number
  ? number
  : T extends boolean
    ? boolean
    : T extends string
      ? string
      : T extends readonly string[]
        ? string[]
        : never;
export type Settings = { [K in SettingKey]: Widen<(typeof defaultSettings)[K]> };

/** Merges stored overrides over the defaults, ignoring unknown keys and values of the wrong type. */
export function resolveSettings(stored: ReadonlyArray<{ key: string; value: unknown }>): Settings {
  const result: Record<string, unknown> = { ...defaultSettings };
  for (const { key, value } of stored) {
    if (!Object.hasOwn(defaultSettings, key)) continue;
    const fallback: unknown = defaultSettings[key as SettingKey];
    if (Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback)
      result[key] = value;
  }
  return result as Settings;
}

/** The settings that belong to the security officer (安全管理员), not the system administrator. */
export function isSecuritySetting(key: string): boolean {
  return /^(password|login|session|security)\./.test(key);
}

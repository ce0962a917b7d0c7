import { z } from 'zod';
import { roles } from '../../../domain/roles';
import { projectPublicFields } from '../../../domain/vocabulary';
import type { SettingKey } from '../../../domain/settings';
import { isHttpAddress } from '../../../domain/robots/vendors';

const count = (min: number, max: number) => z.number().int().min(min).max(max);

/** What each setting accepts; a value outside it is refused naming the key. */
export const rules: { [K in SettingKey]: z.ZodType } = {
  'password.minLength': count(8, 64),
  'password.maxAgeDays': count(30, 3650),
  'password.warnDays': count(1, 60),
  'password.historyCount': count(1, 24),
  'login.maxFailures': count(3, 20),
  'login.windowMinutes': count(1, 1440),
  'login.lockMinutes': count(1, 1440),
  'session.idleMinutes': count(5, 480),
  'session.maxHours': count(1, 72),
  'lights.redGap': count(1, 100),
  'lights.yellowGap': count(1, 100),
  'lights.halfTime': count(1, 100),
  'lights.dueSoonDays': count(0, 60),
  'reports.period': z.enum(['month', 'quarter']),
  'reports.requireUnitHeadSignOff': z.boolean(),
  'reminders.daysBeforeClose': count(0, 31),
  'tasks.acceptWorkingDays': count(1, 30),
  'tasks.acceptRemindWorkingDays': count(0, 10),
  'catchUp.workingDays': count(1, 30),
  'catchUp.onYellow': z.boolean(),
  'supervision.dueSoonWorkingDays': count(0, 30),
  'instructions.answerWorkingDays': count(1, 60),
  'tolerance.bulletinCriticism': z.boolean(),
  'tolerance.interview': z.boolean(),
  'tolerance.accountability': z.boolean(),
  'tolerance.redLight': z.boolean(),
  'security.totpRequiredRoles': z.array(z.enum(roles)).max(roles.length),
  'audit.retentionDays': count(180, 3650),
  'assessment.unitsSeeRanking': z.boolean(),
  'assessment.appealWindowDays': count(1, 30),
  'cockpit.districtViewLeaderIds': z.array(z.uuid()).max(50),
  'projects.types': z.array(z.string().trim().min(1).max(20)).min(1).max(30),
  'projects.lights.yellowBehindPct': count(1, 100),
  'projects.lights.redBehindPct': count(1, 100),
  'projects.reportDay': count(1, 28),
  'projects.photos.stripExifLocation': z.boolean(),
  'attachments.maxMiB': count(1, 20),
  'acceptance.byLeader': z.boolean(),
  'acceptance.requireEvidence': z.boolean(),
  'projects.board.publicFields': z.array(z.enum(projectPublicFields)).max(projectPublicFields.length),
  'blockers.kinds': z.array(z.string().trim().min(1).max(20)).min(1).max(30),
  'blockers.escalateAfterWorkingDays.unit': count(1, 60),
  'blockers.escalateAfterWorkingDays.leader': count(1, 60),
  'blockers.escalateAfterWorkingDays.meeting': count(1, 60),
  'blockers.lightAfterDays': count(1, 365),
  'notify.publicBaseUrl': z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || isHttpAddress(v)),
};

export const ZSettingsPatch = z.record(z.string(), z.unknown());

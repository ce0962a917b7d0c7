import { assessmentEntryKinds } from '../../../domain/vocabulary';
import { z } from 'zod';
import { pageAreas, workbenchSections } from '../../../domain/abilities';
import { roles } from '../../../domain/roles';

export const ZRole = z.enum(roles);

export const ZLoginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZChangePasswordBody = z.strictObject({
  oldPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type TChangePasswordBody = z.infer<typeof ZChangePasswordBody>;

export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(ZRole),
  /** `code` is the district's slug in public addresses (/public/<code>/projects). */
  tenant: z.object({ id: z.string(), name: z.string(), code: z.string() }),
  mustChangePassword: z.boolean(),
  passwordExpiresInDays: z.number().int().nullable(),
  /** The password was right; the TOTP code (or a recovery code) is still owed. */
  mfaPending: z.boolean(),
  totpEnabled: z.boolean(),
  /** The district requires TOTP for one of the user's roles (it cannot be turned off). */
  totpRequired: z.boolean(),
  /** The role requires TOTP and it is not set up: enrolment comes before anything else. */
  totpEnrolmentRequired: z.boolean(),
  /** Pages, tabs and "new" buttons this user is offered (domain/abilities/page.ts). */
  abilities: z.object({
    areas: z.array(z.enum(pageAreas)),
    workbench: z.array(z.enum(workbenchSections)),
    manageDecisions: z.boolean(),
    seeAllTasks: z.boolean(),
    manageSupervision: z.boolean(),
    generateBulletins: z.boolean(),
    manageAssessment: z.boolean(),
    seeAllAssessment: z.boolean(),
    entryKinds: z.array(z.enum(assessmentEntryKinds)),
    enterForAnyUnit: z.boolean(),
    declareAchievements: z.boolean(),
    cockpitPortfolio: z.boolean(),
    securitySettings: z.boolean(),
    manageProjects: z.boolean(),
    seeAllProjects: z.boolean(),
    manageCalendar: z.boolean(),
    manageRobots: z.boolean(),
    raiseBlockers: z.boolean(),
    /** 满意度测评: build surveys, make codes, record phone answers (the office). */
    manageSurveys: z.boolean(),
  }),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUserEnvelope = z.object({ user: ZMe, mfaRequired: z.boolean().optional() });

const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '动态验证码为 6 位数字');
export const ZTotpVerifyBody = z.union([
  z.strictObject({ code: totpCode }),
  z.strictObject({ recoveryCode: z.string().trim().min(1).max(32) }),
]);
export type TTotpVerifyBody = z.infer<typeof ZTotpVerifyBody>;
export const ZTotpEnableBody = z.strictObject({ code: totpCode });
export const ZTotpDisableBody = z.strictObject({ password: z.string().min(1).max(256), code: totpCode });
export const ZTotpSetup = z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() });
export const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

import { z } from 'zod';
import { robotKinds } from '../../../domain/robots/vendors';
import { isHttpAddress } from '../../../domain/robots/vendors';

const ZAddress = z
  .string()
  .trim()
  .max(500)
  .refine((v) => isHttpAddress(v), { message: '请填写机器人的 Webhook 地址（http:// 或 https:// 开头）' });
const ZSecret = z.string().trim().min(1).max(200);

/** A new robot: the tenant's (unitId null: the office's group) or a unit's own group. */
export const ZCreateRobotBody = z.strictObject({
  kind: z.enum(robotKinds),
  name: z.string().trim().min(1).max(50),
  unitId: z.uuid().nullable(),
  address: ZAddress,
  /** 钉钉 加签 / 飞书 签名校验 secret; 企业微信 has none (the key is in the address). */
  secret: ZSecret.optional(),
  enabled: z.boolean().default(true),
});
export type TCreateRobotBody = z.infer<typeof ZCreateRobotBody>;

/** A change: the address and secret only when replaced (the page never sees them); secret null clears it. */
export const ZUpdateRobotBody = z.strictObject({
  name: z.string().trim().min(1).max(50).optional(),
  unitId: z.uuid().nullable().optional(),
  address: ZAddress.optional(),
  secret: ZSecret.nullable().optional(),
  enabled: z.boolean().optional(),
  version: z.number().int().positive(),
});
export type TUpdateRobotBody = z.infer<typeof ZUpdateRobotBody>;

export const ZRobotParams = z.strictObject({ id: z.uuid() });

export const ZRobotLastResult = z.object({
  at: z.string(),
  outcome: z.enum(['sent', 'retry', 'failed']),
  reason: z.string(),
  httpStatus: z.number().int(),
  answer: z.string(),
});

export const ZRobot = z.object({
  id: z.string(),
  kind: z.enum(robotKinds),
  name: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** The address with its token or key masked: the address itself is never sent back. */
  addressMasked: z.string(),
  /** Whether a secret is set (已设置); the secret itself is never sent back. */
  secretSet: z.boolean(),
  enabled: z.boolean(),
  version: z.number().int(),
  lastResult: ZRobotLastResult.nullable(),
  /** Notices waiting for this robot, and notices it failed to deliver (shown to the office). */
  pending: z.number().int(),
  failed: z.number().int(),
  /** The last failure's reason, when a notice failed for good. */
  lastFailure: z.string().nullable(),
  abilities: z.object({ edit: z.boolean(), testSend: z.boolean() }),
});
export type TRobot = z.infer<typeof ZRobot>;

export const ZRobotList = z.object({
  robots: z.array(ZRobot),
  abilities: z.object({ create: z.boolean() }),
});

/** What a test-send got: the verdict and the vendor's own answer. */
export const ZRobotTestResult = z.object({
  outcome: z.enum(['sent', 'retry', 'failed']),
  reason: z.string(),
  httpStatus: z.number().int(),
  answer: z.string(),
  robot: ZRobot,
});
export type TRobotTestResult = z.infer<typeof ZRobotTestResult>;

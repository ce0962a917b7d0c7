import { z } from 'zod';
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
  tenant: z.object({ id: z.string(), name: z.string() }),
  mustChangePassword: z.boolean(),
  passwordExpiresInDays: z.number().int().nullable(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUserEnvelope = z.object({ user: ZMe });

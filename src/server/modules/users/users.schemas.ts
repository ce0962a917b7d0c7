import { z } from 'zod';
import { roles } from '../../../domain/roles';
import { ZRole } from '../auth/auth.schemas';

export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(ZRole),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** A TOTP second factor is set up (the administrator may reset it). */
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -');
const displayName = z.string().trim().min(1).max(64);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确');
const email = z.email('电子邮箱格式不正确').max(254);
const rolesField = z.array(ZRole).min(1, '至少选择一个角色').max(roles.length);

export const ZCreateUserBody = z.strictObject({
  username,
  displayName,
  unitId: z.uuid().nullable().optional(),
  roles: rolesField,
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
});
export type TCreateUserBody = z.infer<typeof ZCreateUserBody>;

export const ZUpdateUserBody = z.strictObject({
  version: z.number().int().positive(),
  displayName: displayName.optional(),
  unitId: z.uuid().nullable().optional(),
  roles: rolesField.optional(),
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  active: z.boolean().optional(),
});
export type TUpdateUserBody = z.infer<typeof ZUpdateUserBody>;

export const ZListUsersQuery = z.object({
  q: z.string().max(100).optional(),
  unitId: z.uuid().optional(),
  role: ZRole.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListUsersQuery = z.infer<typeof ZListUsersQuery>;

export const ZUserList = z.object({ items: z.array(ZUser), total: z.number().int() });
export const ZUserEnvelope = z.object({ user: ZUser });
export const ZUserWithPassword = z.object({ user: ZUser, initialPassword: z.string() });
// A POST without a body arrives as null.
export const ZEmptyBody = z.strictObject({}).nullish();

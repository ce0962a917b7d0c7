import { z } from 'zod';

import { unitKinds } from '../../../domain/vocabulary';

export const ZUnit = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(unitKinds),
  parentId: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TUnit = z.infer<typeof ZUnit>;

const name = z.string().trim().min(1).max(100);
const code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, '单位编码只能包含字母、数字、下划线、点和连字符');

export const ZCreateUnitBody = z.strictObject({
  name,
  code,
  kind: z.enum(unitKinds),
  parentId: z.uuid().nullable().optional(),
});
export type TCreateUnitBody = z.infer<typeof ZCreateUnitBody>;

export const ZUpdateUnitBody = z.strictObject({
  version: z.number().int().positive(),
  name: name.optional(),
  code: code.optional(),
  kind: z.enum(unitKinds).optional(),
  parentId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type TUpdateUnitBody = z.infer<typeof ZUpdateUnitBody>;

export const ZListUnitsQuery = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(unitKinds).optional(),
});
export type TListUnitsQuery = z.infer<typeof ZListUnitsQuery>;

export const ZUnitList = z.object({ items: z.array(ZUnit) });

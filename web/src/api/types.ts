/** API shapes of `/api/v1`, exactly as the server contract states them. */

export type Role = 'admin' | 'auditor' | 'supervisor' | 'leader' | 'unit_head' | 'unit_operator';

export const ALL_ROLES: readonly Role[] = [
  'admin',
  'auditor',
  'supervisor',
  'leader',
  'unit_head',
  'unit_operator',
];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  roles: Role[];
  tenant: { id: string; name: string };
  mustChangePassword: boolean;
  passwordExpiresInDays: number | null;
}

export type UnitKind = 'department' | 'street' | 'other';
export const UNIT_KINDS: readonly UnitKind[] = ['department', 'street', 'other'];

export interface Unit {
  id: string;
  name: string;
  code: string;
  kind: UnitKind;
  parentId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUnitBody {
  name: string;
  code: string;
  kind: UnitKind;
  parentId?: string;
}

export interface UpdateUnitBody {
  version: number;
  name?: string;
  code?: string;
  kind?: UnitKind;
  parentId?: string | null;
  active?: boolean;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  roles: Role[];
  phone: string | null;
  email: string | null;
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserBody {
  username: string;
  displayName: string;
  unitId?: string;
  roles: Role[];
  phone?: string;
  email?: string;
}

export interface UpdateUserBody {
  version: number;
  displayName?: string;
  unitId?: string | null;
  roles?: Role[];
  phone?: string | null;
  email?: string | null;
  active?: boolean;
}

export interface UserWithPassword {
  user: User;
  initialPassword: string;
}

export interface UserList {
  items: User[];
  total: number;
}

export interface AuditEvent {
  id: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;
  ip: string | null;
  hashAlg: string;
  prevHash: string | null;
  hash: string;
}

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: number | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; id: string; reason: string } | null;
}

/** Detail shapes of the error codes the UI reacts to. */
export interface FieldErrorDetail {
  path: string;
  message: string;
}

export interface VersionConflictDetails {
  currentVersion?: number;
  updatedBy?: string;
  updatedAt?: string;
}

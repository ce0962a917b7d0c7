/** One function per server endpoint used by the web shell. */

import { api } from './client';
import type {
  AuditPage,
  AuditVerifyResult,
  CreateUnitBody,
  CreateUserBody,
  Me,
  Role,
  Unit,
  UnitKind,
  UpdateUnitBody,
  UpdateUserBody,
  User,
  UserList,
  UserWithPassword,
} from './types';

export const authApi = {
  me: (signal?: AbortSignal) => api.get<Me>('/me', undefined, signal),
  login: (username: string, password: string) =>
    api.post<{ user: Me }>('/auth/login', { username, password }),
  logout: () => api.post<void>('/auth/logout'),
  changePassword: (oldPassword: string, newPassword: string) =>
    api.post<{ user: Me }>('/auth/password', { oldPassword, newPassword }),
};

export const unitsApi = {
  list: (filter: { q?: string; kind?: UnitKind } = {}, signal?: AbortSignal) =>
    api.get<{ items: Unit[] }>('/units', filter, signal),
  create: (body: CreateUnitBody) => api.post<Unit>('/units', body),
  update: (id: string, body: UpdateUnitBody) => api.patch<Unit>(`/units/${encodeURIComponent(id)}`, body),
};

export interface UserFilter {
  q?: string;
  unitId?: string;
  role?: Role;
  page?: number;
  pageSize?: number;
}

export const usersApi = {
  list: (filter: UserFilter, signal?: AbortSignal) => api.get<UserList>('/users', { ...filter }, signal),
  create: (body: CreateUserBody) => api.post<UserWithPassword>('/users', body),
  update: (id: string, body: UpdateUserBody) =>
    api.patch<{ user: User }>(`/users/${encodeURIComponent(id)}`, body),
  resetPassword: (id: string) =>
    api.post<UserWithPassword>(`/users/${encodeURIComponent(id)}/reset-password`, {}),
  unlock: (id: string) => api.post<{ user: User }>(`/users/${encodeURIComponent(id)}/unlock`),
};

export const auditApi = {
  list: (query: { limit?: number; before?: number }, signal?: AbortSignal) =>
    api.get<AuditPage>('/audit', query, signal),
  verify: () => api.get<AuditVerifyResult>('/audit/verify'),
};

export const healthApi = {
  check: () => api.get<{ status: string }>('/health'),
};

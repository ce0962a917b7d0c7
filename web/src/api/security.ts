import { api } from './client';
import type { Me } from './types';

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

/** TOTP second factor: the login's second step, enrolment, and turning it off. */
export const securityApi = {
  verify: (body: { code: string } | { recoveryCode: string }) =>
    api.post<{ user: Me }>('/auth/totp/verify', body),
  setup: () => api.post<TotpSetup>('/auth/totp/setup'),
  enable: (code: string) => api.post<{ recoveryCodes: string[] }>('/auth/totp/enable', { code }),
  disable: (password: string, code: string) =>
    api.post<{ user: Me }>('/auth/totp/disable', { password, code }),
  resetUser: (id: string) => api.post<void>(`/users/${encodeURIComponent(id)}/reset-totp`),
};

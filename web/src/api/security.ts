import type { z } from 'zod';
import type {
  ZRecoveryCodes,
  ZTotpDisableBody,
  ZTotpSetup,
  ZTotpVerifyBody,
  ZUserEnvelope,
} from '../../../src/server/modules/auth/auth.schemas';
import { api } from './client';

export type TotpSetup = z.infer<typeof ZTotpSetup>;
type UserEnvelope = z.infer<typeof ZUserEnvelope>;

/** TOTP second factor: the login's second step, enrolment, and turning it off. */
export const securityApi = {
  verify: (body: z.input<typeof ZTotpVerifyBody>) => api.post<UserEnvelope>('/auth/totp/verify', body),
  setup: () => api.post<TotpSetup>('/auth/totp/setup'),
  enable: (code: string) => api.post<z.infer<typeof ZRecoveryCodes>>('/auth/totp/enable', { code }),
  disable: (password: string, code: string) =>
    api.post<UserEnvelope>('/auth/totp/disable', { password, code } satisfies z.input<
      typeof ZTotpDisableBody
    >),
  resetUser: (id: string) => api.post<void>(`/users/${encodeURIComponent(id)}/reset-totp`),
};

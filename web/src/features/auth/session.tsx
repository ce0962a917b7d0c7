import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { configureApiClient, isApiError } from '../../api/client';
import { authApi } from '../../api/endpoints';
import type { Me } from '../../api/types';
import { readSavedLang } from '../../i18n/i18n';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated' | 'unreachable';

interface SessionValue {
  status: SessionStatus;
  me: Me | null;
  /** True once a session that existed has ended on its own (401 on some request). */
  expired: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  /** Replaces the cached `/me` (e.g. after a password change answered `{user}`). */
  setMe: (me: Me) => void;
  refresh: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads `/me` once, keeps it, and reacts to 401/403 from any request. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [expired, setExpired] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    configureApiClient({
      language: readSavedLang,
      onUnauthenticated: () => {
        setMeState((prev) => {
          if (prev) setExpired(true);
          return null;
        });
        setStatus('anonymous');
      },
      onPasswordChangeRequired: () => {
        setMeState((prev) => (prev ? { ...prev, mustChangePassword: true } : prev));
      },
      onTotpEnrolmentRequired: () => {
        setMeState((prev) => (prev ? { ...prev, totpEnrolmentRequired: true } : prev));
      },
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    authApi
      .me(controller.signal)
      .then((value) => {
        setMeState(value);
        setStatus('authenticated');
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(e) && e.status === 403 && e.code === 'PASSWORD_CHANGE_REQUIRED') {
          // /me itself should answer, but be safe: an unknown user that must change the password.
          setStatus('anonymous');
          return;
        }
        setMeState(null);
        setStatus(isApiError(e) && (e.status === 0 || e.status >= 500) ? 'unreachable' : 'anonymous');
      });
    return () => controller.abort();
  }, [tick]);

  const login = useCallback(async (username: string, password: string) => {
    const { user } = await authApi.login(username, password);
    setMeState(user);
    setExpired(false);
    setStatus('authenticated');
    return user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setMeState(null);
      setExpired(false);
      setStatus('anonymous');
    }
  }, []);

  const setMe = useCallback((next: Me) => {
    setMeState(next);
    setStatus('authenticated');
  }, []);

  const refresh = useCallback(() => {
    setStatus('loading');
    setTick((t) => t + 1);
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ status, me, expired, login, logout, setMe, refresh }),
    [status, me, expired, login, logout, setMe, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind the session guard. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe used without a signed-in user');
  return me;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { cockpitApi, type Cockpit } from '../../api/cockpit';

/** The cockpit refreshes itself this often (a meeting-room screen is left open for hours). */
export const COCKPIT_REFRESH_MS = 5 * 60_000;

/** A request started before the page rendered (see prefetchCockpit), taken by the page's first load. */
let early: { at: number; promise: Promise<Cockpit> } | null = null;

/**
 * Starts GET /cockpit as soon as the page's code is loaded, so the figures do not wait for the first render;
 * the page's first load takes this answer if it is a few seconds old at most.
 */
export function prefetchCockpit(): void {
  const promise = cockpitApi.get();
  promise.catch(() => undefined);
  early = { at: Date.now(), promise };
}

function takeEarly(): Promise<Cockpit> | null {
  const taken = early && Date.now() - early.at < 10_000 ? early.promise : null;
  early = null;
  return taken;
}

export interface CockpitState {
  data: Cockpit | undefined;
  /** When `data` arrived (the "updated at" stamp). */
  updatedAt: Date | undefined;
  /** The last refresh's failure; the previous figures stay on screen. */
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * GET /cockpit now, then every 5 minutes while the page is visible, and again on becoming visible when the
 * figures are older than that. A failed refresh keeps the last figures and says so.
 */
export function useCockpit(): CockpitState {
  const [state, setState] = useState<Omit<CockpitState, 'reload'>>({
    data: undefined,
    updatedAt: undefined,
    error: undefined,
    loading: true,
  });
  const controller = useRef<AbortController | null>(null);
  const lastAt = useRef(0);

  const reload = useCallback(() => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setState((s) => ({ ...s, loading: true }));
    (takeEarly() ?? cockpitApi.get(c.signal))
      .then((data) => {
        if (c.signal.aborted) return;
        lastAt.current = Date.now();
        setState({ data, updatedAt: new Date(), error: undefined, loading: false });
      })
      .catch((error: unknown) => {
        if (!c.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      });
  }, []);

  useEffect(() => {
    reload();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, COCKPIT_REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() - lastAt.current >= COCKPIT_REFRESH_MS)
        reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      controller.current?.abort();
    };
  }, [reload]);

  return { ...state, reload };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { inboxApi } from '../../api/endpoints';
import type { Inbox } from '../../api/types';

/** How often the bell asks for new messages. */
export const INBOX_POLL_MS = 60_000;

/**
 * The signed-in user's inbox (newest 20 and the unread count), polled every 60 s while the page is visible
 * and again when it becomes visible. A failed poll keeps the last answer.
 */
export function useInbox(): { inbox: Inbox; reload: () => void } {
  const [inbox, setInbox] = useState<Inbox>({ unread: 0, items: [] });
  const controller = useRef<AbortController | null>(null);

  const reload = useCallback(() => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    inboxApi
      .list(20, c.signal)
      .then((next) => {
        if (!c.signal.aborted) setInbox(next);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    reload();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, INBOX_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      controller.current?.abort();
    };
  }, [reload]);

  return { inbox, reload };
}

import { z } from 'zod';

export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZInbox = z.object({ unread: z.number().int(), items: z.array(ZNotification) });
export type TInbox = z.infer<typeof ZInbox>;

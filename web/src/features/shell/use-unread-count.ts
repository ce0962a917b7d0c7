/**
 * Unread inbox messages of the signed-in user. The inbox API comes with a later issue;
 * until then there is nothing unread.
 */
export function useUnreadCount(): number {
  return 0;
}

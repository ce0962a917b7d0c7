import type { InboxItem } from '../../api/types';

/**
 * The page a notification is about, from what it carries (entityType and entityId, see src/server/notify/):
 * a task, a case, a rectification (shown alone on its tab), a bulletin (its preview), the supervision tab of an
 * inspection, an interview or an accountability action, a public message (社情民意), the assessment. Null when it names nothing to open.
 */
export function inboxTarget(item: Pick<InboxItem, 'entityType' | 'entityId'>): string | null {
  const id = item.entityId ? encodeURIComponent(item.entityId) : null;
  switch (item.entityType) {
    case 'task':
      return id ? `/tasks/${id}` : '/ledger';
    case 'case':
      return id ? `/supervision/cases/${id}` : '/supervision';
    case 'rectification':
      return id ? `/supervision?tab=rectifications&id=${id}` : '/supervision?tab=rectifications';
    case 'inspection':
      return '/supervision?tab=rectifications';
    case 'interview':
    case 'accountability':
      return '/supervision?tab=measures';
    case 'bulletin':
      return id ? `/bulletins?id=${id}` : '/bulletins';
    case 'joint_review':
      return id ? `/joint-reviews/${id}` : '/joint-reviews';
    case 'tolerance_request':
      return id ? `/tolerance?id=${id}` : '/tolerance';
    case 'feedback':
      return id ? `/feedback?status=all&id=${id}` : '/feedback';
    case 'assessment_result':
    case 'achievement':
      return '/assessment';
    default:
      return null;
  }
}

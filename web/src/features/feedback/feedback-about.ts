import type { Feedback } from '../../api/feedback';
import type { Translate } from '../../i18n/i18n';

/**
 * What a message is about, in the reader's language. The server keeps one Chinese label per message ('任务 <code
 * title>', '项目 …', '综合'), which the public pages and the receipt show as it is; inside, the kind is translated
 * and the public task's or project's own code and title follow.
 */
export function feedbackAbout(t: Translate, f: Pick<Feedback, 'subject' | 'about'>): string {
  if (f.subject === 'general') return t('feedback.subject.general');
  return `${t(`feedback.subject.${f.subject}`)} ${f.about.replace(/^(任务|项目)\s+/, '')}`;
}

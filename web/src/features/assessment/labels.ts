import type { Evidence } from '../../api/assessment';
import type { MessageKey, Translate } from '../../i18n/i18n';

/** Grade colours: 优秀 green, 良好 blue, 一般 gold, 较差 red (by the default keys; others grey). */
export const GRADE_COLORS: Record<string, string> = {
  excellent: 'green',
  good: 'blue',
  fair: 'gold',
  poor: 'red',
};
export const gradeColor = (gradeKey: string) => GRADE_COLORS[gradeKey] ?? 'default';

const k = (key: string) => key as MessageKey;
export const componentLabel = (t: Translate, key: string) => t(k(`assess.component.${key}`));
export const deductionLabel = (t: Translate, kind: string) => t(k(`assess.deduction.${kind}`));
export const bonusLabel = (t: Translate, kind: string) => t(k(`assess.bonus.${kind}`));
export const partyLabel = (t: Translate, party: string) => t(k(`assess.party.${party}`));
export const levelLabel = (t: Translate, level: string) => t(k(`assess.level.${level}`));
export const accountabilityLabel = (t: Translate, type: string) => t(k(`assess.accountability.${type}`));
export const reasonLabel = (t: Translate, reason: string) => t(k(`assess.reason.${reason}`));
export const evidenceKindLabel = (t: Translate, kind: string) => t(k(`assess.evidenceKind.${kind}`));

/** Points as the office writes them: at most two decimals. */
export const pts = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Where an evidence item lives in the app: tasks (and their reports, month-end lights, target shares and co-unit
 * shares, whose ids begin with `taskId:`) on the task page; rectifications, interviews and accountability on
 * the supervision tabs; entries on the entries tab; bulletin criticism on the bulletins page.
 */
export function evidenceHref(e: Evidence, year: number): string {
  switch (e.kind) {
    case 'task':
    case 'report':
    case 'light':
      return `/tasks/${e.id.split(':')[0] ?? e.id}`;
    case 'rectification':
      return '/supervision?tab=rectifications';
    case 'interview':
    case 'accountability':
      return '/supervision?tab=measures';
    case 'bulletin_criticism':
      return '/bulletins';
    case 'satisfaction':
      // A survey's score (满意度测评) links to the survey's results; a typed score to the entries.
      return e.id.startsWith('survey:')
        ? `/surveys/${e.id.split(':')[1] ?? ''}?tab=results`
        : `/assessment?tab=entries&year=${year}`;
    case 'joint_review':
      return `/joint-reviews/${e.id.split(':')[0] ?? e.id}`;
    default:
      return `/assessment?tab=entries&year=${year}`;
  }
}

/** The current year in Asia/Shanghai. */
export function currentYear(): number {
  return Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
}

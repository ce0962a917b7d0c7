import type { MessageKey } from '../../i18n/i18n';

export const SURVEY_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  open: 'green',
  closed: 'blue',
};

/** The words of one answer value: "5 分" on the five-point scale, 满意/基本满意/不满意 on the three levels. */
export function answerValueKey(value: number | string): { key: MessageKey; n?: number } {
  if (typeof value === 'number') return { key: 'survey.points', n: value };
  return { key: `survey.level.${value}` as MessageKey };
}

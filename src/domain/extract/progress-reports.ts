import { MUST } from './directive-words.js';

/**
 * Progress measured against a plan (完成年度投资计划的103.95%, 占年度计划24.1%, 均超计划进度运行, 领先时间进度
 * 7个百分点, 已超额完成全年目标任务, 提前两个月完成年度投资任务): 计划 and 任务 there are the yardstick, not
 * a plan, and the sentence reports where the work stands — review, no task and no target — unless it also
 * tells what to do (要确保超额完成全年目标任务).
 */
const PROGRESS = new RegExp(
  [
    '完成(?:了)?[^，。；]{0,10}(?:计划|任务|目标)的?\\d',
    '占[^，。；]{0,8}(?:计划|任务|目标)的?\\d',
    '为(?:年度|全年|月度|季度)?(?:计划|任务|目标)的?\\d',
    '超(?:计划|序时|时间)进度',
    '(?:领先|快于|慢于|滞后于?|落后于?|超过)(?:时间|序时)进度',
    '已(?:经)?超额完成',
    '提前[^，。；]{0,6}完成[^，。；]{0,8}(?:计划|任务|目标)',
  ].join('|'),
);
const DIRECTS = /(?<![即])将(?![近来])|力争|确保|争取/;

export function reportsProgress(sentence: string): boolean {
  return PROGRESS.test(sentence) && !MUST.test(sentence) && !DIRECTS.test(sentence);
}

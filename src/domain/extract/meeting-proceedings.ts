import { withoutNonDirectiveYao } from './non-directive-yao.js';

/**
 * The proceedings of a congress or plenary as a news page reports them (根据会议议程，大会审查了…计划草案的报告,
 * 会议听取了…, 全会审议通过了…): what the meeting did, not work to do, even when the document it names holds
 * the word 计划. So is the news lead that a meeting was held (1月12日上午，…区政府召开…目标任务动员部署会) and the
 * list of who chaired and attended it (区长程前主持会议并讲话，…参加会议), when no one is told to do anything.
 */
const PROCEEDINGS =
  /^(?:根据(?:会议|大会|全会)?议程[，,]|(?:大会|会议|全会|会上)(?:还|并|依次|分别|先后|书面)?(?:审查|审议|听取|表决|通过|选举|批准|印发|宣读)[^。！？，]{0,4}了)/;
// The headline may run into the lead when the line breaks are lost (…动员部署会1月12日上午，…).
const NEWS_LEAD =
  /^[^，。！？；]{0,40}?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,][^。！？]{0,80}?(?:召开|举行|举办)/;
const ATTENDANCE =
  /(?:主持|出席|参加|列席)(?:会议|大会|开幕式|座谈会)(?:并(?:讲话|致辞|作报告|发言))?(?:[，,。；]|$)/;

/** A word that tells someone to act (not 主要, 重要, 需要…). */
const DIRECTS = /(?<![重主需必只纲提摘概扼紧不])要(?![求素点闻害件])|必须|务必/;

export function reportsProceedings(sentence: string): boolean {
  if (PROCEEDINGS.test(sentence)) return true;
  if (!NEWS_LEAD.test(sentence) && !ATTENDANCE.test(sentence)) return false;
  return !DIRECTS.test(withoutNonDirectiveYao(sentence));
}

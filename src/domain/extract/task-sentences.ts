import { opensWithConnector } from './connector-openers.js';
import { opensWithOwnDate } from './dated-openers.js';
import { reportsOthersDecision } from './others-decisions.js';
import { opensReportedPlan } from './reported-plans.js';
import { opensTopicPlan } from './topic-plans.js';
import { opensSpeakerDirective } from './speaker-directives.js';
import { withoutNonDirectiveYao } from './non-directive-yao.js';
import { reportsProceedings } from './meeting-proceedings.js';
import { pursuesStatedTargets } from './target-means.js';

/**
 * Which sentences of a speech are tasks — something someone must do — and where one task ends and the
 * next begins. Greetings, the account of the meeting itself, descriptions of the situation and the words
 * of others relayed to the audience are not tasks, whatever verbs they use.
 */

/** Greetings, thanks and wishes: 给大家拜个晚年, 向…表示衷心感谢, 祝大家身体健康. */
const GREETING =
  /拜年|拜个晚年|拜个早年|致以[^。！？]{0,12}(问候|祝福|敬意)|表示[^。！？]{0,6}(感谢|祝贺|问候|敬意|慰问)|(?<![庆])祝(大家|各位|同志们|全区)|万事如意|身体健康|新春愉快|节日快乐/;

/** The meeting speaking of itself: what it is for, who spoke, what the speaker will now say. */
const MEETING =
  /^(今天|这次|本次|此次)[^。！？]{0,10}(召开|会议是|会是|是一次|主要任务)|^(会议|全会|大会)的?(主要)?(任务|内容|目的|主题|议程)是|^(刚才|会上|会前|会议期间)[，、]?|^下面[，、]?(我|根据)|(讲|谈|强调)[两三四五六七八九几]?[点个](意见|看法|问题)|我都(同意|赞成)|(作|做)了(很好的)?(说明|发言|部署|报告)|请大家(认真)?(抓好|结合)/;

/** A description of the situation: 2024年是…关键一年, 当前…面临…, 我们也要清醒地看到. */
const SITUATION =
  /(清醒|充分|深刻)地?(的)?认识|信息显示|数据显示|(\d{4}年|今年|明年|新的一年)是[^。！？]{0,40}(一年|之年)|清醒地?(看到|认识到)|^(但|同时|我们)?(也|还|更)?要(清醒地?)?看到[，,]|^(当前|目前)[，,][^。]{0,40}(面临|处于)|^(从|就)[^。]{0,10}(看|来说)[，,]/;

/**
 * A conclusion drawn from experience with no directive of its own: 实践证明，全会确定的目标任务是符合实际的;
 * 可以说，赢了项目，不仅赢了今天，更是赢了未来.
 */
const JUDGEMENT =
  /^(?:(?:历史和)?(?:实践|事实|历史|经验)(?:充分|反复|一再)?(?:证明|表明|告诉我们)|可以说[，,])(?![^。！？]*(?:要|必须|务必))/;

/** What a web page adds around a text (editor's credit, share and print links) when the lines run together. */
const PAGE_NOISE =
  /(责编|责任编辑|编辑|来源)[：:]|分享到|分享让更多人看到|返回顶部|扫一扫|打印本页|我要打印|阅读次数|关闭窗口/;

/** Sentences that are never tasks, whatever plan words they contain. */
export function isNonTaskSentence(sentence: string): boolean {
  return (
    GREETING.test(sentence) ||
    MEETING.test(sentence) ||
    SITUATION.test(sentence) ||
    JUDGEMENT.test(sentence) ||
    PAGE_NOISE.test(sentence) ||
    reportsOthersDecision(sentence) ||
    reportsProceedings(sentence)
  );
}

/**
 * A section that relays the words of others — another meeting's spirit (会议精神), a leader's speech
 * (讲话主要精神), a directive passed on (传达…): its requirements are quoted, not the district's own tasks.
 */
export function isRelayTitle(title: string): boolean {
  return /(会议|讲话|全会|批示|指示)(的)?(主要)?精神$|^传达|讲话(的)?要点/.test(
    title.replace(/[。，\s]+$/, ''),
  );
}

/**
 * A sentence that opens a new task: one led by 要/必须, or by a subject and then 要 (高新区要加快…,
 * 各级党组织要…, 县委督查室、县政府督查室要…), where the subject is a short run of words without a clause break
 * (several joined by 、), possibly after an
 * adverbial of scope (对重点任务，区政府督查室要跟踪督办…) or a speaker's verb of saying in a news report
 * (方小雄强调，要会商研判…; 报告说，政府自身建设方面，全区各级政府部门要…).
 */
const DIRECTIVE_LEAD =
  /^(?:(?:对|对于|在|围绕|针对|按照|根据|结合)[^，。；：！？]{1,16}[，,]|[^，。；：！？]{1,12}(?:强调|要求|指出|提出|表示|说)[，,：:])?(?:[^，。；：！？]{1,10}方面[，,])?(?:(?:[^，。；：！？、]{2,10}、){1,3})?(?:[^，。；：！？、]{1,14}?(?<![重主需必只纲提摘概扼紧不想还就也都更又]))?(要|必须|务必)(?![求素点闻害件])/;

export function opensTask(sentence: string): boolean {
  return (
    opensDirective(sentence) ||
    opensWithOwnDate(sentence) ||
    opensWithConnector(sentence) ||
    opensReportedPlan(sentence) ||
    opensTopicPlan(sentence) ||
    opensSpeakerDirective(sentence) ||
    pursuesStatedTargets(sentence)
  );
}

/** Only the lead of a directive (…要, 必须…): a sentence opened by a date or by 同时 still continues a plan. */
export function opensDirective(sentence: string): boolean {
  return DIRECTIVE_LEAD.test(withoutNonDirectiveYao(sentence));
}

/**
 * A sentence that announces a list of work or targets (重点做好十个方面工作：…, 主要预期目标是：…): the
 * sentences after it in the paragraph plan, and each is a task of its own.
 */
export function announcesList(sentence: string): boolean {
  return /(重点|着力|主要|全力|切实)(做好|抓好|推进|实施|开展)[^。：]{0,16}[：:]|(目标|任务|工作|举措|措施)(是|为|有)?[：:]/.test(
    sentence,
  );
}

/**
 * A heading's title sentence that states a requirement (第一，要巩固扩大“基本无违法建设城区”重大成果。) names
 * its section, and usually the body holds the tasks. When the body that follows on its line states no
 * requirement of its own — only background (疏解非首都功能，是…的“牛鼻子”。) or a sentence cut off — the
 * title is the only task of the section, and it is drafted (title-sentence.ts would drop it).
 */
const REQUIREMENT_TITLE = /^(?:要|必须|务必)(?![求素点闻害件])/;

/** Words of a directive or a planned act in the body: then the body carries the section's tasks. */
const BODY_DIRECTIVE =
  /要(?![求素点闻害件])|必须|务必|确保|力争|争取|加快|推进|推动|抓好|抓紧|落实|实施|完成|建成|开展|加强|强化|坚持|着力|做好|提升|深化|持续|全面|扎实/;

export function titleIsOnlyTask(title: string, bodyOnLine: string): boolean {
  if (!REQUIREMENT_TITLE.test(title)) return false;
  if (bodyOnLine.trim().length === 0) return false;
  return !BODY_DIRECTIVE.test(bodyOnLine);
}

/**
 * A sentence that reports what a higher authority decided (党的…上中央…提出坚持高质量发展…的要求和目标。,
 * 落实中央部署，省委明确了“一圈一带两区”区域发展格局…。, 市委也相应做出了…的安排。): the words of others, the
 * background of the district's own tasks, not one of them. A sentence that also tells the audience what to
 * do (按照市委部署，全区要…, 要认真落实省委提出的…, 确保…, 力争…) stays a task.
 */
const AUTHORITY_DECIDED =
  /(?:党中央|中央|国务院|省委|省政府|市委|市政府|上级)[^。！？]{0,60}?(?:提出|作出|做出|明确|部署|确定|出台)(?:了)?/;

/** A directive to the audience inside the sentence (要…, 必须, 务必, 将, 力争, 确保, 抓好, 落实好). */
const DIRECTIVE = /要(?![求素点闻害件])|必须|务必|(?<![即])将(?![近来])|力争|确保|抓好|落实好|做好/;

export function reportsOthersDecision(sentence: string): boolean {
  return AUTHORITY_DECIDED.test(sentence) && !DIRECTIVE.test(sentence);
}

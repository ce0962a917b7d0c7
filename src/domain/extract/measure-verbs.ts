/**
 * More verbs that open a report's measure (report-measures.ts), as the plan parts of work reports use them
 * sentence after sentence: 做好/做强/办好/抓好/用好…, 发展, 发挥, 增强, 提高, 巩固, 拓展, 探索, 规范, 激发, 聚焦,
 * 鼓励, 引导, 推广, 出台, 制定, 建立, 加大, 加力, 加紧, 扎实, 稳妥, 严格, 依托, 常态化… A sentence opened by one
 * of them in a report's item is a measure of its own, like one opened by 加快 or 推进.
 */
const MORE_OPENINGS =
  /^(?:做(?:好|强|大|优|深|实|细)|办好|抓(?:好|实|住)|用好|建强|落细|发展|发挥|增强|提高|巩固|拓展|拓宽|探索|规范|激发|聚焦|鼓励|引导|推广|出台|制定|建立|加大|加力|加紧|加速|扎实|稳妥|严格|严厉|依托|依法|常态化|挖掘|释放|培养|跟进|延伸|开拓|指导|编制|保障|保持|守牢|守住|严守|防范|化解|筑牢|夯实|畅通|降低|营造|弘扬|传承|保护|修复|改善|推行|压实|因地制宜|多措并举|切实|进一步|继续|谋划|布局|争创|创建|组建|设立|综合整治|全力(?:推动|推进|打造|抓好|支持|做好|保障))/;

export function opensMoreMeasures(sentence: string): boolean {
  return MORE_OPENINGS.test(sentence);
}

/**
 * Points inside a paragraph under a subsection (（三）抓好民生实事。一要办好十件民生实事。…。二要守牢安全底线。
 * …): third-level subsections when they divide the whole body of that subsection — they follow its title
 * with no lead-in of its own — and its title does not name them as a counted set. Points that follow a
 * lead-in of the paragraph (…努力实现增长方式的转变。一是加快重点项目建设。…) are the aspects that paragraph
 * enumerates, and points under a title that counts them (要着力把握四个“重点”。一要…, 突出“四大抓手”) are the
 * members of that set: items, as before.
 */

/** A title that names its points as a counted set: 三个“注重”, 四个方面, 四大抓手, 五项任务, 三点意见. */
const COUNTED_SET =
  /(?:[两二三四五六七八九十几]|\d{1,2})(?:个|大|项|点|条|方面)(?:[“"‘「]|[\u4e00-\u9fff]{0,6}[”"’」]|方面|重点|任务|要求|意见|工作|举措|措施|抓手)/;

export function announcesCountedSet(title: string): boolean {
  return COUNTED_SET.test(title);
}

/**
 * Whether points inside a paragraph may open subsections under a subsection with this title, given how
 * much body text that subsection has before the first point (0: the points follow its title directly).
 */
export function pointsDivideSection(parentTitle: string, bodyBeforePoints: number): boolean {
  return bodyBeforePoints === 0 && !announcesCountedSet(parentTitle);
}

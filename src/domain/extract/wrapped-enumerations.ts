/**
 * An enumeration inside a paragraph cut by a hard wrap at one of its semicolons: …抓好三项工作。一是抓产业，…新增规上
 * 企业15家；| 二是抓项目，…；三是抓民生，… A line that fills the wrap width runs on into the next unless it ends a
 * clause at a sentence end, a semicolon or a colon, and a line that opens like a point (二是) is not run into — so
 * the 二是 opened a paragraph of its own and was taken as a heading, with 三是 in its title, in a news page that has
 * none. A wrapped line ending at a semicolon or a comma whose paragraph holds the point before (一是 after a sentence
 * or clause end, or at its start) runs on into the line that opens with the next point (二是, 二要): the points stay
 * the items of one paragraph, as they were before the wrap.
 */
const NEXT_POINT = /^([二三四五六七八九])(是|要)/;
const NUMERALS = '一二三四五六七八九';

export function continuesEnumeration(paragraph: string, line: string): boolean {
  if (!/[；;，,]$/.test(paragraph)) return false;
  const m = NEXT_POINT.exec(line);
  if (m === null) return false;
  const previous = NUMERALS[NUMERALS.indexOf(m[1] ?? '') - 1];
  if (previous === undefined) return false;
  return new RegExp(`(?:^|[。！？!?；;：:，,])${previous}${m[2] ?? ''}`).test(paragraph);
}

/**
 * The title sentence of a heading that runs into its paragraph (一要着眼大局抓落实。…, （一）坚定不移抓产业
 * 升级。要…, ——要稳定扩大就业。…): a short phrase closed by a sentence end, with no clause break and no
 * figure, followed by the section's body — on the same line, or in the paragraphs after a heading line
 * that ends with 。 (（三）千方百计保障和改善民生。), unless the next paragraph is a sibling heading (then the
 * numbered sentences are items of a list, each a task). It names the section; the tasks are in the body, so it drafts no
 * task of its own. A longer or punctuated first sentence (（一）抓调整，促进发展。…, 1.区住建局牵头，6月底前
 * 完成…。) is a directive as well as a title and stays in the body.
 */
const MAX_TITLE_SENTENCE = 20;

/** A heading line that is only its title sentence may hold two parallel phrases (突出重点工作，奋力冲刺全年目标。). */
const MAX_LINE_TITLE = 30;

export function isTitleOnlySentence(
  title: string,
  closedBy: string,
  hasBody: boolean,
  aloneOnLine = false,
): boolean {
  if (!/^[。！？!?]$/.test(closedBy) || !hasBody) return false;
  if (title.length === 0) return false;
  // A heading line that is only its title sentence, its body in the paragraphs after it (issue 19, fifth pass).
  if (aloneOnLine && title.length <= MAX_LINE_TITLE && !/[；;：:\d]/.test(title)) return true;
  if (title.length > MAX_TITLE_SENTENCE) return false;
  return !/[，,；;：:、\d]/.test(title);
}

/** The marker of an enumerated item (一是, 一要, 第一，, 首先，, ——, （1）, ①). */
const ITEM_MARKER =
  /^(?:[一二三四五六七八九十]{1,2}(?:是|要(?=[^求素点]))|第[一二三四五六七八九十]{1,2}[，、]|(?:首先|其次|再次|最后)[，、]|——|（\d{1,2}）|[①-⑳])/;

/**
 * Whether a sentence is the title of an enumerated item that carries a body (第一，壮大先进制造业。制造业是…。
 * 要实施…): the item's first sentence, a short phrase after its marker, with more sentences after it. Like a
 * heading's title sentence, it names the item and drafts no task of its own.
 */
export function isItemTitleSentence(sentence: string, isFirstOfItem: boolean, moreFollow: boolean): boolean {
  if (!isFirstOfItem || !moreFollow) return false;
  const marker = ITEM_MARKER.exec(sentence);
  if (marker === null) return false;
  const rest = sentence.slice(marker[0].length);
  return isTitleOnlySentence(rest.slice(0, -1), rest.slice(-1), true);
}

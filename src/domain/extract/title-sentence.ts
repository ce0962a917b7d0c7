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

export function isTitleOnlySentence(title: string, closedBy: string, hasBody: boolean): boolean {
  if (!/^[。！？!?]$/.test(closedBy) || !hasBody) return false;
  if (title.length === 0 || title.length > MAX_TITLE_SENTENCE) return false;
  return !/[，,；;：:、\d]/.test(title);
}

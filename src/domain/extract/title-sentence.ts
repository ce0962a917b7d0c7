/**
 * The title sentence of a heading that runs into its paragraph (一要着眼大局抓落实。…, （一）坚定不移抓产业
 * 升级。要…, ——要稳定扩大就业。…): a short phrase closed by a sentence end, with no clause break and no
 * figure, followed by the section's body. It names the section; the tasks are in the body, so it drafts no
 * task of its own. A longer or punctuated first sentence (（一）抓调整，促进发展。…, 1.区住建局牵头，6月底前
 * 完成…。) is a directive as well as a title and stays in the body.
 */
const MAX_TITLE_SENTENCE = 20;

export function isTitleOnlySentence(title: string, closedBy: string, bodyAfter: string): boolean {
  if (!/^[。！？!?]$/.test(closedBy)) return false;
  if (bodyAfter.trim().length === 0) return false;
  if (title.length === 0 || title.length > MAX_TITLE_SENTENCE) return false;
  return !/[，,；;：:、\d]/.test(title);
}

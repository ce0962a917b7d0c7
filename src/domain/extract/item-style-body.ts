import { isItemTitleSentence } from './title-sentence.js';

/**
 * The sentences that decide an item's style (report-style.ts): its body, without the title sentence of an
 * enumerated point. Once the paragraph breaks are lost, a report's 一要加快传统产业提质升级。 runs into its measures
 * (实施…。打造…。发展…。) as one item; its 一要 is the point's number, not a directive, so the title is left out
 * and the measures split as they do when the title stands on a line of its own (tenth pass).
 */
export function styleSentences(sentences: readonly string[]): string[] {
  return sentences.filter((s, i) => !isItemTitleSentence(s, i === 0, sentences.length > 1));
}

/**
 * 取得重大科技成果100项以上 in a plan: results sought, counted with a floor or an estimate (以上, 左右), not results
 * won. 取得…成果/成效 weighs as a review word (section-kind.ts: 取得显著成效), so a measure ending so was read as an
 * account of the past and dropped with its targets. The phrase is masked before the review words are counted
 * when a figure with its unit and 以上/左右 follows it; 取得重大成果12项 and 取得了显著成效 still review.
 */
const SOUGHT = /取得[\u4e00-\u9fff]{0,6}成[效绩果就](?=\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}(?:以上|左右))/g;

export function withoutSoughtResults(text: string): string {
  return text.replace(SOUGHT, (m) => '＿'.repeat(m.length));
}

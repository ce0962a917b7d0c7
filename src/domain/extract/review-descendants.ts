import { isReviewPartChild } from './section-kind.js';

/**
 * The items of a review part review at any depth (一、2013年工作回顾 → （二）产业转型扎实推进 → 5.高端项目加快
 * 布局。出台…): a plan word in a grandchild's title (加快, 推进) no longer turns it into a plan, as long as its
 * parent reviews and a review part heads the chain. Only the parent was looked at before.
 */
export function underReviewPart(ancestorTitles: readonly string[], title: string): boolean {
  return ancestorTitles.some((ancestor) => isReviewPartChild(ancestor, title));
}

/**
 * An amount with 以上/以下 after 一批 (布局一批50万千瓦以上大型风电基地, 引进一批10亿元以上项目) names the size class
 * of a batch left uncounted: it is no target, as 10亿元以上项目3个 is not one either (non-target-counts.ts), but
 * here no count follows to be the target (tenth pass). `left` is the clause text before the amount.
 */
export function namesBatchClass(left: string, raw: string, right: string): boolean {
  return (
    /(?:一批|若干|多个|一系列)$/.test(left) && /(?:以上|以下)$/.test(raw) && /^[\u4e00-\u9fff]/.test(right)
  );
}

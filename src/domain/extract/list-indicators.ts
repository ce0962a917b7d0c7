/**
 * Indicators of a count whose words before it name no measure (tenth pass):
 * - a count that closes a list of examples (开展青龙河和白石沟等8条河流治理): the list is not the indicator; the
 *   verb that opens the clause, if any, and the noun after the count are (开展河流);
 * - a count after a verb of doing well (抓好300个重点项目, 办好20件民生实事, 开展2000名教师培训): the verb alone
 *   names nothing; the noun after the count does (抓好重点项目).
 * Returns null when neither applies. `left` is the clause text before the count (modals and scope words
 * already cut), `noun` the noun phrase after the count.
 */
const DOING_WELL = /(?:抓好|抓实|办好|建好|用好|管好|做好|开展|完成好)$/;
const OPENING_VERB =
  /^(?:开展|实施|推进|推动|完成|建设|建成|新建|治理|整治|改造|打造|培育|抓好|办好|建好|支持)/;

export function listOrVerbIndicator(left: string, noun: string): string | null {
  if (noun.length === 0) return null;
  if (/等$/.test(left)) return (OPENING_VERB.exec(left)?.[0] ?? '') + noun;
  if (DOING_WELL.test(left)) return left.slice(-16) + noun;
  return null;
}

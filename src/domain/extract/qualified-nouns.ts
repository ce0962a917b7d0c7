/**
 * A number that qualifies the noun after it (集体经济年收入10万元以上的村占比达到60%: 10万元以上 says which
 * villages): the indicator of the next number is named by the whole phrase, from the clause start, not by
 * what follows the qualifying number (的村占比). True when the text between the two numbers opens with
 * 以上的 / 以下的 / 及以上的 / 的.
 */
export function qualifiesNextNoun(between: string): boolean {
  return /^(?:及?以上|及?以下|左右)?的/.test(between);
}

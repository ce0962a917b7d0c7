/**
 * A plan a higher authority set for its own area, quoted to the audience (市委提出，今年全市要新开工重大项目200
 * 个以上。 in a district's speech): the directive is the city's, addressed to the whole city, not a task of
 * the district's. Told apart from a directive passed on to the audience (市委要求，全区要…, or 县委要求，全县要…
 * in a county's own speech) by the area it addresses: the authority's own (全市 for 市委) and not the area the
 * document mostly speaks of.
 */
const AREAS = ['全国', '全省', '全市', '全区', '全县'] as const;
type Area = (typeof AREAS)[number];

const AUTHORITY_AREA: readonly [RegExp, Area][] = [
  [/^(?:党中央|中央|国务院)/, '全国'],
  [/^(?:省委|省政府)/, '全省'],
  [/^(?:市委|市政府)/, '全市'],
];
const QUOTING_VERB = /^[^，。；：！？]{0,10}?(?:提出|要求|明确|部署|强调)[，,：:]/;

/** The area the document mostly speaks of (全区 in a district's speech), or null when it names none. */
export function findOwnArea(text: string): Area | null {
  let best: Area | null = null;
  let bestCount = 0;
  for (const area of AREAS) {
    const count = text.split(area).length - 1;
    // On a tie the lower level wins: a speaker names the higher areas only to compare or to quote.
    if (count > 0 && count >= bestCount) {
      best = area;
      bestCount = count;
    }
  }
  return best;
}

export function quotesHigherPlan(sentence: string, ownArea: Area | null): boolean {
  const authority = AUTHORITY_AREA.find(([lead]) => lead.test(sentence));
  if (authority === undefined) return false;
  const [, area] = authority;
  const verb = QUOTING_VERB.exec(sentence);
  if (verb === null || area === ownArea) return false;
  const rest = sentence.slice(verb[0].length);
  return new RegExp(`^[^，。；！？]{0,6}${area}`).test(rest);
}

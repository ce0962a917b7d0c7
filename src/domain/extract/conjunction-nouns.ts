/**
 * Nouns that begin with a character that is also a conjunction (和美乡村, 和谐社区, 和平公园): after a count
 * (建成35个先导区、1000个和美乡村) the 和 opens the noun, not a second item, so the noun is read through it.
 * A conjunction before a number or a verb (5个和10个, 新建5个和改造10个) is not one of them.
 */
const NOUN_OPENING = /^(?:和美|和谐|和平|和睦)/;

/** The length of a noun's opening that looks like a conjunction, or 0. */
export function conjunctionNounOpening(text: string): number {
  return NOUN_OPENING.exec(text)?.[0].length ?? 0;
}

/**
 * Plan words inside a quoted slogan (落实“干部要干、思路要清、律己要严”工作要求) are the slogan's words, not a
 * directive of the sentence: a review sentence that cites a slogan (过去一年，全区上下坚决落实“…要干…”要求，
 * …圆满完成了…) stays a review. Quotations of up to 24 characters are blanked for the count of plan words.
 */
const QUOTED = /“[^”]{1,24}”/g;

export function withoutQuotedSlogans(text: string): string {
  if (!text.includes('“')) return text;
  return text.replace(QUOTED, (q) => '“' + '·'.repeat(q.length - 2) + '”');
}

/**
 * The first sentence of a section that only repeats the section's title (a heading run on into its
 * paragraph: 一、坚持一个“稳”字，全力保持经济平稳发展。新常态下，…。各乡镇、各部门要…) names the section. With
 * only background after it before the body's first requirement opens a task of its own, it drafts nothing
 * (index.ts); a requirement title (要…) keeps its task. Compared without spaces and punctuation, so a comma
 * or a half-width stop does not matter. A title that is the section's only sentence stays a task.
 */
const letters = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

export function echoesSectionTitle(sentence: string, title: string | null, bodyFollows: boolean): boolean {
  if (title === null || !bodyFollows) return false;
  const own = letters(sentence);
  return own.length >= 4 && own === letters(title) && !/要|必须|务必/.test(sentence);
}

/**
 * 要 that tells no one to act: in a noun (发展是第一要务, 精神要义, 主旨要旨 — but 要务实 is a directive) and in
 * a condition whose consequence is stated as a fact (没有发展，要解决问题就没有后劲; 要想富就难以…). Such a
 * sentence is a judgement, not a task; masking the 要 keeps it from counting as a plan word or opening a task.
 */
const NOUN = /要(?=务(?!实)|义(?!务)|旨)/g;
const CONDITION =
  /要(?=想?[^，。；！？]{1,14}[，,]?就(?:没有|不能|不会|不可能|难以|无法|谈不上|只能)(?![^。！？；]*(?:必须|务必)))/g;

export function withoutNonDirectiveYao(text: string): string {
  if (!text.includes('要')) return text;
  return text.replace(NOUN, '□').replace(CONDITION, '□');
}

/** A condition stated as a fact with no figure and nothing else to do: background, even inside a plan section. */
export function statesCondition(sentence: string): boolean {
  const masked = sentence.replace(CONDITION, '□');
  return masked !== sentence && !/要(?![求素点闻害件])|必须|务必|确保|力争|将(?![来军])|\d/.test(masked);
}

/**
 * ASCII double quotes of a web or Word copy (到"十五五"末, 深入实施"千万工程") read as their Chinese pair “ ”, so
 * that every rule written for “…” (five-year plans, quoted slogans, titles) reads them too. Quotes are paired
 * within one line, in order; one character for one, so offsets do not move. A quote with no Chinese beside
 * it (an English phrase) is left as it is, and so is the odd last quote of a line.
 */
const CHINESE = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

export function pairAsciiQuotes(line: string): string {
  if (!line.includes('"')) return line;
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '"') continue;
    if (CHINESE.test(line[i - 1] ?? '') || CHINESE.test(line[i + 1] ?? '')) at.push(i);
  }
  const chars = [...line];
  // Code units and code points agree here: a CJK line may hold surrogate pairs, so index by code units.
  if (chars.length !== line.length) return line;
  for (let k = 0; k + 1 < at.length; k += 2) {
    chars[at[k] ?? 0] = '“';
    chars[at[k + 1] ?? 0] = '”';
  }
  return chars.join('');
}

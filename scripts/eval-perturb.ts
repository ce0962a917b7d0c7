/**
 * Transformations of a document that keep its gold valid: the same speech as it arrives from a web page
 * (half-width punctuation), a PDF copy (hard wraps, stray spaces), or an old Word file (no paragraph
 * breaks, headings run on into their paragraph). Deterministic, so that scores can be compared.
 */
export interface Perturbation {
  name: string;
  apply: (text: string) => string;
}

const HALF: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
};

/** Full-width punctuation → ASCII, as web pages often have it (。、 and quotes stay, as they do there). */
export function halfWidth(text: string): string {
  return text.replace(/[，：；（）！？]/g, (c) => HALF[c] ?? c);
}

/** Every line break removed: the whole document on one line, as pasted from some Word files. */
export function joinParagraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('');
}

/** Each paragraph broken every `width` characters, as a PDF copy gives it. */
export function hardWrap(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const chars = [...line.trim()];
      const out: string[] = [];
      for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
      return out.join('\n');
    })
    .join('\n');
}

const HEADING_LINE =
  /^\s*(第[一二三四五六七八九十]{1,3}(部分|章|篇|个问题)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])/;

/** A heading on a line of its own joined with the paragraph after it (一、总体要求各单位要…). */
export function runOnHeadings(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const next = lines[i + 1];
    if (
      HEADING_LINE.test(line) &&
      !/[。！？!?；;]$/.test(line) &&
      line.length <= 60 &&
      next !== undefined &&
      next.trim() !== ''
    ) {
      out.push(line + next.trim());
      i++;
    } else out.push(line);
  }
  return out.join('\n');
}

/** A space after every `every`-th Chinese character, as text extracted from a PDF has between words. */
export function straySpaces(text: string, every: number): string {
  let n = 0;
  return text.replace(/[\u4e00-\u9fff]/g, (c) => (++n % every === 0 ? `${c} ` : c));
}

export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'as found', apply: (t) => t },
  { name: 'half-width', apply: halfWidth },
  { name: 'joined', apply: joinParagraphs },
  { name: 'wrap 36', apply: (t) => hardWrap(t, 36) },
  { name: 'run-on', apply: runOnHeadings },
  { name: 'spaces', apply: (t) => straySpaces(t, 7) },
  { name: 'all', apply: (t) => straySpaces(hardWrap(joinParagraphs(halfWidth(t)), 33), 11) },
];

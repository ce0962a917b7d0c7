/**
 * 满意度测评 (issue 17): how answers become scores, how scores become a unit's result with its confidence, and
 * the shape of the one-time codes handed to the people served. Pure: no clock, no randomness of its own (the
 * caller passes random bytes), no database.
 */
import type { SatisfactionLevel, SurveyScale } from './vocabulary';

/**
 * Scores on 0–100, so that a survey's result can stand where the office used to type a satisfaction score.
 * Five points: 1 → 0, 5 → 100, evenly between. Three levels: 满意 100, 基本满意 60, 不满意 0 — the weighting
 * district satisfaction surveys commonly use (基本满意 counts as a pass, not as full satisfaction).
 */
export const levelScores: Record<SatisfactionLevel, number> = {
  satisfied: 100,
  basically_satisfied: 60,
  dissatisfied: 0,
};

export type SurveyAnswerValue = number | SatisfactionLevel;

/** The 0–100 score of one answer, or null when the value does not belong to the scale. */
export function answerScore(scale: SurveyScale, value: SurveyAnswerValue): number | null {
  if (scale === 'five_point') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) return null;
    return ((value - 1) / 4) * 100;
  }
  if (typeof value !== 'string' || !(value in levelScores)) return null;
  return levelScores[value];
}

/** Fewer answers than this and a result is shown, but flagged as too few to rely on (样本不足). */
export const minReliableAnswers = 30;

export interface ScoreSummary {
  /** Answers counted (voided answers are not). */
  count: number;
  /** Mean score 0–100, two decimals; null without answers. */
  mean: number | null;
  /**
   * Half-width of the 95% confidence interval of the mean (normal approximation, sample standard deviation);
   * null with fewer than two answers.
   */
  margin: number | null;
  /** Whether there are enough answers to rely on the mean. */
  reliable: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The mean of a list of 0–100 scores with its 95% margin. */
export function summarize(scores: readonly number[]): ScoreSummary {
  const count = scores.length;
  if (count === 0) return { count, mean: null, margin: null, reliable: false };
  const mean = scores.reduce((s, x) => s + x, 0) / count;
  let margin: number | null = null;
  if (count >= 2) {
    const variance = scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (count - 1);
    margin = round2(1.96 * Math.sqrt(variance / count));
  }
  return { count, mean: round2(mean), margin, reliable: count >= minReliableAnswers };
}

export interface AnswerForResult {
  /** The unit (or task/project) the answer is about. */
  subjectId: string;
  voided: boolean;
  /** Question id → value; questions left blank are absent. */
  values: Readonly<Record<string, SurveyAnswerValue>>;
}

export interface QuestionForResult {
  id: string;
  scale: SurveyScale;
}

export interface SubjectResult {
  subjectId: string;
  /** Respondents who answered at least one scored question. */
  respondents: number;
  byQuestion: Record<string, ScoreSummary>;
  /**
   * The subject's score: the mean of its questions' means (each question weighs the same, however many
   * answered it), two decimals; null when no question has an answer.
   */
  score: number | null;
  reliable: boolean;
}

/** Results per subject and question; voided answers and values off the scale do not count. */
export function surveyResults(
  questions: readonly QuestionForResult[],
  answers: readonly AnswerForResult[],
): SubjectResult[] {
  const bySubject = new Map<string, AnswerForResult[]>();
  for (const a of answers) {
    if (a.voided) continue;
    bySubject.set(a.subjectId, [...(bySubject.get(a.subjectId) ?? []), a]);
  }
  const results: SubjectResult[] = [];
  for (const [subjectId, list] of [...bySubject].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const byQuestion: Record<string, ScoreSummary> = {};
    let respondents = 0;
    const scored = new Set<AnswerForResult>();
    for (const q of questions) {
      const scores: number[] = [];
      for (const a of list) {
        const value = a.values[q.id];
        if (value === undefined) continue;
        const score = answerScore(q.scale, value);
        if (score === null) continue;
        scores.push(score);
        scored.add(a);
      }
      byQuestion[q.id] = summarize(scores);
    }
    respondents = scored.size;
    const means = Object.values(byQuestion).flatMap((s) => (s.mean === null ? [] : [s.mean]));
    const score = means.length === 0 ? null : round2(means.reduce((s, x) => s + x, 0) / means.length);
    results.push({ subjectId, respondents, byQuestion, score, reliable: respondents >= minReliableAnswers });
  }
  return results;
}

// ---- one-time codes ----

/**
 * Code characters: digits and capitals without 0/O, 1/I/L — read aloud on the phone and typed from a printed
 * card without confusion. 31 symbols.
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Nine random symbols (31⁹ ≈ 2.6 × 10¹³) and one check symbol, shown as XXXXX-XXXXX. */
const bodyLength = 9;

function checkSymbol(body: string): string {
  // Weighted sum mod 31 (a prime): any single wrong symbol and any swap of two neighbours changes it.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * codeAlphabet.indexOf(body[i] as string);
  return codeAlphabet[sum % codeAlphabet.length] as string;
}

/** A code from at least nine random bytes (crypto.randomBytes on the server). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < bodyLength) throw new RangeError(`a code needs ${bodyLength} random bytes`);
  let body = '';
  // 256 is not a multiple of 31: bytes at or above 248 (8 × 31) are skipped so every symbol is equally likely.
  for (const b of bytes) {
    if (body.length === bodyLength) break;
    if (b >= 248) continue;
    body += codeAlphabet[b % codeAlphabet.length];
  }
  if (body.length < bodyLength) throw new RangeError('not enough usable random bytes for a code');
  const code = body + checkSymbol(body);
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as typed by a person (lower case, spaces, dashes, full-width characters, O for 0 …) in its canonical
 * form, or null when it cannot be a code (wrong length, a symbol outside the alphabet, a wrong check symbol) —
 * so a typo is told apart from a used or unknown code without a database lookup.
 */
export function normalizeCode(input: string): string | null {
  const plain = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_—–]/g, '');
  if (plain.length !== bodyLength + 1) return null;
  for (const ch of plain) if (!codeAlphabet.includes(ch)) return null;
  const body = plain.slice(0, bodyLength);
  if (checkSymbol(body) !== plain.slice(bodyLength)) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

// ---- the office's review of open-link answers ----

export interface AnswerForReview {
  id: string;
  channel: 'code' | 'link' | 'phone';
  /** A keyed hash of where the answer came from (address and browser); never the address itself. */
  sourceHash: string | null;
  /** Epoch milliseconds. */
  at: number;
}

export type ReviewFlag = 'duplicate_source' | 'burst';

/**
 * Flags for the office's review of open-link answers (codes and phone answers are one per person already):
 * `duplicate_source` on every answer after the first from the same source; `burst` on every answer of a run of
 * more than `burstCount` link answers within `burstMinutes`. Flags only mark answers for a person to look at;
 * nothing is voided automatically.
 */
export function reviewFlags(
  answers: readonly AnswerForReview[],
  burstCount: number,
  burstMinutes: number,
): Map<string, ReviewFlag[]> {
  const flags = new Map<string, ReviewFlag[]>();
  const add = (id: string, flag: ReviewFlag) => {
    const list = flags.get(id) ?? [];
    if (!list.includes(flag)) flags.set(id, [...list, flag]);
  };
  const link = answers
    .filter((a) => a.channel === 'link')
    .sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : 1));
  const seen = new Set<string>();
  for (const a of link) {
    if (a.sourceHash === null) continue;
    if (seen.has(a.sourceHash)) add(a.id, 'duplicate_source');
    seen.add(a.sourceHash);
  }
  const windowMs = burstMinutes * 60_000;
  let start = 0;
  for (let end = 0; end < link.length; end++) {
    while ((link[end] as AnswerForReview).at - (link[start] as AnswerForReview).at > windowMs) start++;
    if (end - start + 1 > burstCount)
      for (let i = start; i <= end; i++) add((link[i] as AnswerForReview).id, 'burst');
  }
  return flags;
}

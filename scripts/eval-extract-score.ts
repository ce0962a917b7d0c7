/**
 * Scores an extraction against a gold file, by the rules of samples/README.md: targets match on value
 * ("X" = placeholder; range max where the gold has one), unit (gold % also accepts ''), and key (in the
 * indicator or raw); each prediction matches at most one gold item; neutral targets and optional
 * headings are neither rewarded nor counted against precision.
 */
import type {
  ExtractedSection,
  ExtractedTarget,
  ExtractedTask,
  ExtractResult,
} from '../src/domain/extract/index.js';

/**
 * The letters of a text without spaces and punctuation, full-width folded to half-width: keys written
 * in the gold still match after a transformation changes the punctuation or adds spaces.
 */
export function skeleton(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function containsKey(text: string, key: string): boolean {
  return skeleton(text).includes(skeleton(key));
}

export interface GoldTarget {
  value: number | 'X';
  max?: number;
  unit: string;
  key: string;
  years?: number[] | null;
}

export interface GoldHeading {
  level?: number;
  key: string;
}

export interface GoldTask {
  key: string;
}

export interface GoldFile {
  document: string;
  date: string;
  /** One of the documents kept blind: its extraction is scored, never shown. */
  blind?: boolean;
  /**
   * A blind document of a batch held out until the end (scored once, after the last rule): its own total too.
   * A string names the batch ("fifth"), which then has a total of its own besides that of all held-out documents.
   */
  heldOut?: boolean | string;
  /** Absent in gold files written before tasks were scored: the task score is then not graded. */
  tasks?: GoldTask[];
  optionalTasks?: string[];
  headings: GoldHeading[];
  optionalHeadings?: string[];
  targets: GoldTarget[];
  neutral?: GoldTarget[];
}

export interface Prf {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FileScore {
  /** null when the gold file lists no tasks at all (written before tasks were scored). */
  tasks: Prf | null;
  unmatchedGoldTasks: GoldTask[];
  unmatchedPredictedTasks: ExtractedTask[];
  targets: Prf;
  headings: Prf;
  deadline: { correct: number; graded: number; accuracy: number };
  unmatchedGoldTargets: GoldTarget[];
  unmatchedPredictedTargets: ExtractedTarget[];
  unmatchedGoldHeadings: GoldHeading[];
  unmatchedPredictedSections: ExtractedSection[];
  wrongDeadlines: { gold: GoldTarget; predicted: ExtractedTarget }[];
}

/** Precision, recall and F1 from counts (precision over predictions that count). */
export function computePrf(matched: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, predicted, gold, precision, recall, f1 };
}

/** Whether a predicted target matches a gold one by value, unit and key. */
export function isTargetMatch(p: ExtractedTarget, g: GoldTarget): boolean {
  if (g.value === 'X') {
    if (!p.placeholder) return false;
  } else {
    if (p.value === null || Math.abs(p.value - g.value) > 1e-9) return false;
    if (g.max !== undefined && (p.valueMax === null || Math.abs(p.valueMax - g.max) > 1e-9)) return false;
  }
  const unitOk = p.unit === g.unit || (g.unit === '%' && p.unit === '');
  if (!unitOk) return false;
  return containsKey(p.indicator, g.key) || containsKey(p.raw, g.key);
}

/**
 * Maximum bipartite matching (Kuhn's augmenting paths): returns for each gold index the matched
 * prediction index, or -1. Sizes are small (tens), so the simple algorithm is plenty.
 */
export function matchMaximum<P, G>(
  preds: readonly P[],
  golds: readonly G[],
  isMatch: (p: P, g: G) => boolean,
): number[] {
  const predOfGold = golds.map(() => -1);
  const goldOfPred = preds.map(() => -1);
  const tryGold = (g: number, seen: boolean[]): boolean => {
    for (let p = 0; p < preds.length; p++) {
      const pred = preds[p];
      const gold = golds[g];
      if (seen[p] === true || pred === undefined || gold === undefined || !isMatch(pred, gold)) continue;
      seen[p] = true;
      const owner = goldOfPred[p] ?? -1;
      if (owner < 0 || tryGold(owner, seen)) {
        goldOfPred[p] = g;
        predOfGold[g] = p;
        return true;
      }
    }
    return false;
  };
  golds.forEach((_g, g) =>
    tryGold(
      g,
      preds.map(() => false),
    ),
  );
  return predOfGold;
}

/** Scores one extraction result against its gold file. */
export function scoreExtraction(result: ExtractResult, gold: GoldFile): FileScore {
  const predicted = result.tasks.flatMap((t) => t.targets);
  const targetMatch = matchMaximum(predicted, gold.targets, isTargetMatch);
  const usedPred = new Set(targetMatch.filter((p) => p >= 0));
  const leftover = predicted.filter((_p, i) => !usedPred.has(i));
  const neutral = gold.neutral ?? [];
  const neutralMatch = matchMaximum(leftover, neutral, isTargetMatch);
  const neutralPred = new Set(neutralMatch.filter((p) => p >= 0));
  const counted = predicted.length - neutralPred.size;
  const matchedTargets = targetMatch.filter((p) => p >= 0).length;

  let graded = 0;
  let correct = 0;
  const wrongDeadlines: FileScore['wrongDeadlines'] = [];
  gold.targets.forEach((g, gi) => {
    const p = predicted[targetMatch[gi] ?? -1];
    if (p === undefined || g.years === null || g.years === undefined) return;
    graded++;
    const year = p.deadline === null ? null : Number(p.deadline.slice(0, 4));
    if (year !== null && g.years.includes(year)) correct++;
    else wrongDeadlines.push({ gold: g, predicted: p });
  });

  const sections = result.sections;
  const isHeadingMatch = (s: ExtractedSection, h: GoldHeading): boolean => containsKey(s.title, h.key);
  const headingMatch = matchMaximum(sections, gold.headings, isHeadingMatch);
  const usedSections = new Set(headingMatch.filter((p) => p >= 0));
  const optional = (gold.optionalHeadings ?? []).map((key) => ({ key }));
  const restSections = sections.filter((_s, i) => !usedSections.has(i));
  const optionalMatch = matchMaximum(restSections, optional, isHeadingMatch);
  const optionalUsed = new Set(optionalMatch.filter((p) => p >= 0));

  const task = scoreTasks(result.tasks, gold);
  return {
    ...task,
    targets: computePrf(matchedTargets, counted, gold.targets.length),
    headings: computePrf(usedSections.size, sections.length - optionalUsed.size, gold.headings.length),
    deadline: { correct, graded, accuracy: graded === 0 ? 1 : correct / graded },
    unmatchedGoldTargets: gold.targets.filter((_g, i) => (targetMatch[i] ?? -1) < 0),
    unmatchedPredictedTargets: leftover.filter((_p, i) => !neutralPred.has(i)),
    unmatchedGoldHeadings: gold.headings.filter((_h, i) => (headingMatch[i] ?? -1) < 0),
    unmatchedPredictedSections: restSections.filter((_s, i) => !optionalUsed.has(i)),
    wrongDeadlines,
  };
}

/** Tasks: each predicted task matches at most one gold task (its text contains the key); optional keys are neutral. */
function scoreTasks(
  predicted: readonly ExtractedTask[],
  gold: GoldFile,
): Pick<FileScore, 'tasks' | 'unmatchedGoldTasks' | 'unmatchedPredictedTasks'> {
  if (gold.tasks === undefined) return { tasks: null, unmatchedGoldTasks: [], unmatchedPredictedTasks: [] };
  const isMatch = (p: ExtractedTask, g: GoldTask): boolean => containsKey(p.text, g.key);
  const match = matchMaximum(predicted, gold.tasks, isMatch);
  const used = new Set(match.filter((p) => p >= 0));
  const rest = predicted.filter((_p, i) => !used.has(i));
  const optional = (gold.optionalTasks ?? []).map((key) => ({ key }));
  const extra = rest.filter((p) => !optional.some((o) => isMatch(p, o)));
  return {
    tasks: computePrf(used.size, used.size + extra.length, gold.tasks.length),
    unmatchedGoldTasks: gold.tasks.filter((_g, i) => (match[i] ?? -1) < 0),
    unmatchedPredictedTasks: extra,
  };
}

/** Sums file scores into overall (micro-averaged) figures. */
export function sumScores(scores: readonly FileScore[]): {
  tasks: Prf | null;
  targets: Prf;
  headings: Prf;
  deadline: FileScore['deadline'];
} {
  const taskScores = scores.map((s) => s.tasks).filter((t): t is Prf => t !== null);
  const tasks =
    taskScores.length === 0
      ? null
      : computePrf(
          taskScores.reduce((n, t) => n + t.matched, 0),
          taskScores.reduce((n, t) => n + t.predicted, 0),
          taskScores.reduce((n, t) => n + t.gold, 0),
        );
  const add = (pick: (s: FileScore) => Prf): Prf =>
    computePrf(
      scores.reduce((n, s) => n + pick(s).matched, 0),
      scores.reduce((n, s) => n + pick(s).predicted, 0),
      scores.reduce((n, s) => n + pick(s).gold, 0),
    );
  const correct = scores.reduce((n, s) => n + s.deadline.correct, 0);
  const graded = scores.reduce((n, s) => n + s.deadline.graded, 0);
  return {
    tasks,
    targets: add((s) => s.targets),
    headings: add((s) => s.headings),
    deadline: { correct, graded, accuracy: graded === 0 ? 1 : correct / graded },
  };
}

import { findDeadlines, pickDeadline, type Deadline } from './deadlines.js';
import { qualifiesNextNoun } from './qualified-nouns.js';
import { buildIndicator, completeBareChange, countedNoun, isRateContext } from './indicators.js';
import { isFactClause, isSizeClass, quotesOthersPlan } from './non-target-counts.js';
import { findQuantities } from './quantities.js';
import { namesReferencedSet } from './referenced-sets.js';
import { namesGivenSet } from './counted-sets.js';
import { namesBatchClass } from './batch-classes.js';
import { namesClassByAmount } from './class-amounts.js';
import { namesForum } from './named-figures.js';
import { namesProjectCapacity } from './project-capacities.js';
import { countsIndicators, labelOf, withLabel } from './labelled-indicators.js';
import { classifyText, isDescriptiveClause, type TextKind } from './section-kind.js';
import { splitClauses } from './sentences.js';
import type { ExtractedTarget } from './types.js';

export interface SentenceTargetsInput {
  sentence: string;
  /** The sentence's kind once its section is taken into account (a neutral sentence inherits). */
  effectiveKind: TextKind;
  meetingDate: string;
  /** The deadline set earlier in the same item or paragraph (明年工作中，… / 2024年是…年). */
  scopeDeadline: Deadline | null;
}

/**
 * Finds the quantified targets of one sentence. Numbers in a clause that reports the past or an
 * estimate, describes a state, or is approximate (70多万平方米) without an explicit plan word are facts,
 * not targets.
 */
export function findSentenceTargets(input: SentenceTargetsInput): ExtractedTarget[] {
  const { sentence } = input;
  const quantities = findQuantities(sentence);
  if (quantities.length === 0 || quotesOthersPlan(sentence)) return [];
  const ownKind = classifyText(sentence);
  const clauses = splitClauses(sentence);
  const deadlines = findDeadlines(sentence, input.meetingDate);
  const targets: ExtractedTarget[] = [];
  // 人均地区生产总值：增长6%左右 — the label names what a bare change measures (labelled-indicators.ts).
  const label = labelOf(sentence);
  let previousIndicator: string | null = null;
  let previousVerb: string | null = null;
  let previousUnit: string | null = null;
  let previousEnd = 0;
  // What the previous number counted, target or not (全区现有高新技术企业212家，年内净增30家).
  let previousNoun: string | null = null;
  for (const q of quantities) {
    const clause = clauses.find((c) => q.start >= c.start && q.start < c.start + c.text.length);
    if (clause === undefined) continue;
    const clauseEnd = clause.start + clause.text.length;
    const clauseKind = classifyText(clause.text);
    const kind = clauseKind === 'neutral' ? input.effectiveKind : clauseKind;
    // 10万元以上的村占比达到60%: the first number says which villages, the phrase names the share.
    const qualified = previousEnd > clause.start && qualifiesNextNoun(sentence.slice(previousEnd, q.start));
    const leftStart = qualified ? clause.start : Math.max(clause.start, previousEnd);
    const left = sentence.slice(leftStart, q.start);
    const right = sentence.slice(q.end, clauseEnd);
    previousEnd = q.end;
    const nounBefore = previousNoun;
    previousNoun = countedNoun(left, right);
    if (kind !== 'plan') continue;
    if (isDescriptiveClause(clause.text) || isFactClause(clause.text) || /(?<![没要])有$/.test(left))
      continue;
    if (q.isApproximate && ownKind !== 'plan') continue;
    if (isSizeClass(q.raw, right) || namesClassByAmount(q.unit, right) || countsIndicators(q.unit, right))
      continue;
    if (namesReferencedSet(sentence.slice(clause.start, q.start))) continue;
    // 青年50人论坛, 某化120万吨乙烯…项目: a figure in a name (named-figures.ts, project-capacities.ts).
    if (namesForum(q.unit, right) || namesProjectCapacity(q.unit, right)) continue;
    // 一批50万千瓦以上风电基地: the size class of an uncounted batch (batch-classes.ts).
    if (namesBatchClass(sentence.slice(clause.start, q.start), q.raw, right)) continue;
    // 甲、乙、丙3个园区, 首批12个试点, 4个在建项目: a set given, not a result (counted-sets.ts).
    if (namesGivenSet(sentence.slice(clause.start, q.start), right, q.value, q.valueMax !== null)) continue;
    let unit = q.unit;
    if (unit === '') {
      const clauseLeft = sentence.slice(clause.start, q.start);
      if (isRateContext(clauseLeft) || previousUnit === '%') unit = '%';
      else continue;
    }
    const built = buildIndicator({ left, right, previousIndicator, previousVerb });
    const verb = built.verb;
    const indicator = withLabel(completeBareChange(built.indicator, nounBefore), label, q.start);
    const deadline =
      clauseDeadline(deadlines, clause.start, clauseEnd, q.start) ??
      pickDeadline(deadlines, q.start) ??
      input.scopeDeadline;
    targets.push({
      indicator,
      value: q.value,
      valueMax: q.valueMax,
      placeholder: q.placeholder,
      unit,
      comparator: q.comparator,
      deadline: deadline?.date ?? null,
      deadlineText: deadline?.text ?? null,
      raw: q.raw,
    });
    previousIndicator = indicator;
    previousVerb = verb;
    previousUnit = unit;
  }
  return targets;
}

/**
 * The deadline of a number from its own clause: the nearest one before the number (今年开工、明年建成3个 →
 * 明年), else the first one after it in the clause (建成3个，年底前…).
 */
export function clauseDeadline(
  deadlines: readonly Deadline[],
  clauseStart: number,
  clauseEnd: number,
  position: number,
): Deadline | null {
  const inClause = deadlines.filter((d) => d.index >= clauseStart && d.index < clauseEnd);
  const before = inClause.filter((d) => d.index <= position);
  return before[before.length - 1] ?? inClause[0] ?? null;
}

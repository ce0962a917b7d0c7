import { describe, expect, it } from 'vitest';
import type { ExtractedTarget, ExtractResult } from '../src/domain/extract/index.js';
import { scoreExtraction, type GoldFile } from './eval-extract-score.js';

const target = (t: Partial<ExtractedTarget>): ExtractedTarget => ({
  indicator: '',
  value: null,
  valueMax: null,
  placeholder: false,
  unit: '',
  comparator: '=',
  deadline: null,
  deadlineText: null,
  raw: '',
  ...t,
});

const gold: GoldFile = {
  document: 'x.txt',
  date: '2024-01-05',
  headings: [{ key: '抓调整' }, { key: '抓建设' }],
  optionalHeadings: ['三个加快'],
  targets: [
    { value: 46, unit: '%', key: '服务业', years: [2025] },
    { value: 'X', unit: '个', key: '小区', years: null },
    { value: 1, max: 2, unit: '个', key: '试点', years: [2024] },
  ],
  neutral: [{ value: 23, unit: '个', key: '结转' }],
};

const result: ExtractResult = {
  document: { title: '', date: '2024-01-05' },
  sections: [
    {
      id: 's1',
      parentId: null,
      level: 1,
      number: '1',
      title: '抓调整，促发展',
      kind: 'plan',
      uncertain: false,
    },
    {
      id: 's2',
      parentId: null,
      level: 1,
      number: '2',
      title: '“三个加快”',
      kind: 'review',
      uncertain: false,
    },
    { id: 's3', parentId: null, level: 1, number: '3', title: '抓队伍', kind: 'plan', uncertain: false },
  ],
  tasks: [
    {
      id: 't1',
      sectionId: 's1',
      text: '',
      unitHints: [],
      deadline: '2024-12-31',
      deadlineSource: 'plan-year',
      sourceOffset: 0,
      sourceLength: 0,
      targets: [
        target({ indicator: '服务业比重', value: 46, unit: '', raw: '46', deadline: '2025-12-31' }), // % accepts ''
        target({ indicator: '改造小区', placeholder: true, unit: '个', raw: 'X个' }),
        target({ indicator: '完成试点', value: 1, valueMax: 3, unit: '个', raw: '1-3个' }), // wrong max
        target({ indicator: '结转项目', value: 23, unit: '个', raw: '23个' }), // neutral
        target({ indicator: '完成拆迁', value: 70, unit: '万平方米', raw: '70多万平方米' }), // extra
      ],
    },
  ],
};

describe('scoreExtraction', () => {
  const score = scoreExtraction(result, gold);

  it('matches targets by value, unit and key, leaving neutral ones out of precision', () => {
    expect(score.targets).toMatchObject({ matched: 2, predicted: 4, gold: 3 });
    expect(score.targets.precision).toBeCloseTo(0.5);
    expect(score.unmatchedGoldTargets.map((g) => g.key)).toEqual(['试点']);
    expect(score.unmatchedPredictedTargets.map((p) => p.raw)).toEqual(['1-3个', '70多万平方米']);
  });

  it('grades deadlines only where the gold gives years', () => {
    expect(score.deadline).toEqual({ correct: 1, graded: 1, accuracy: 1 });
  });

  it('matches headings by key, ignoring optional ones', () => {
    expect(score.headings).toMatchObject({ matched: 1, predicted: 2, gold: 2 });
    expect(score.unmatchedGoldHeadings.map((h) => h.key)).toEqual(['抓建设']);
    expect(score.unmatchedPredictedSections.map((s) => s.title)).toEqual(['抓队伍']);
  });

  it('lets each prediction match at most one gold target', () => {
    const twice: GoldFile = { ...gold, targets: [gold.targets[0]!, gold.targets[0]!], neutral: [] };
    expect(scoreExtraction(result, twice).targets.matched).toBe(1);
  });
});

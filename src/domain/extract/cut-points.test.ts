import { describe, expect, it } from 'vitest';
import { isCutOffPoint } from './cut-points.js';
import { extractDocument } from './index.js';

const titles = (text: string): string[] =>
  extractDocument(text, { meetingDate: '2031-07-15' }).sections.map(
    (s) => `L${s.level} ${s.number}:${s.title}`,
  );

describe('isCutOffPoint', () => {
  it('takes a point whose short title runs to the end of the text', () => {
    expect(isCutOffPoint('第二，全力以')).toBe(true);
    expect(isCutOffPoint('三要强化作风保障')).toBe(true);
  });
  it('leaves a point with a sentence, a clause or a long run of text', () => {
    expect(isCutOffPoint('第二，全力以赴抓项目。')).toBe(false);
    expect(isCutOffPoint('第二，全力以赴抓项目，确保')).toBe(false);
    expect(isCutOffPoint('第二，全镇各村在汛期到来之前要把所有山塘水库的隐患全部排查一遍再')).toBe(false);
  });
});

describe('a run whose last point is cut off by the end of an excerpt, its line breaks lost', () => {
  const text =
    '全镇经济运行总体平稳，预计全年将保持较快增长。下步，各村要紧盯目标，精准施策。第一，齐心协力抓发展。各村要巩固良好态势。一要加强运行调度。各村要对重点指标逐月调度，确保完成任务。二要推进规划实施。各村要制定实施方案。第二，全力以';
  it('keeps 第一，… a part with its 一要… points under it', () => {
    expect(titles(text)).toEqual([
      'L1 一:齐心协力抓发展',
      'L2 一:加强运行调度',
      'L2 二:推进规划实施',
      'L1 二:全力以',
    ]);
  });
  it('a sentence that ends before the cut point is not a heading (第二，… with a clause stays text)', () => {
    const clause = text.replace('第二，全力以', '第二，全镇各村要全力以赴，抓紧');
    expect(titles(clause)).not.toContain('L1 一:齐心协力抓发展');
  });
});

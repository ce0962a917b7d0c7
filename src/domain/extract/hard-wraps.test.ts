import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { findWrapWidth, isWrappedLine } from './hard-wraps.js';

describe('hard wraps of a PDF copy', () => {
  it('finds the width most lines share, and none in ordinary paragraphs', () => {
    expect(findWrapWidth([36, 36, 35, 36, 12, 36, 36, 20, 36])).toBe(37);
    expect(findWrapWidth([120, 48, 300, 75, 9, 210, 66])).toBeNull();
    expect(isWrappedLine(36, 37)).toBe(true);
    expect(isWrappedLine(20, 37)).toBe(false);
  });

  it('rejoins a numbered item and a semicolon list cut by the wrap, so their targets survive', () => {
    const text = [
      '二、主要任务',
      '1.实施制造业“三个一批”工程，年内新增规模以上工业企业40家，培育专',
      '精特新企业15家以上。全区要加快推进数字化改造，推动规上工业企业数字',
      '化改造覆盖率达到80%。主要预期目标是：地区生产总值增长6%左右；城镇',
      '新增就业1.2万人，城镇调查失业率5.5%以内；居民收入增长与经济增长同',
      '步。全区上下要切实增强责任感和紧迫感，确保全面完成全年目标任务；各',
      '单位要细化措施，明确责任分工，倒排时间节点，按月调度推进落实情况。',
      '2.推进城市更新。',
    ].join('\n');
    const targets = extractDocument(text, { meetingDate: '2024-01-08' }).tasks.flatMap((t) =>
      t.targets.map((g) => g.raw),
    );
    expect(targets).toEqual(
      expect.arrayContaining(['40家', '15家以上', '80%', '6%左右', '1.2万人', '5.5%以内']),
    );
  });
});

describe('hard wraps with indented paragraph openings (issue 19, third pass)', () => {
  it('lines of the width and lines two shorter (the trimmed indent) share one width', () => {
    expect(findWrapWidth([29, 31, 31, 29, 31, 25, 29, 31, 29, 26, 29, 31, 19, 45])).toBe(31);
  });
});

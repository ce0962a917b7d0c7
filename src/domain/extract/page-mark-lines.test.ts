import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { PAGE_MARK_LINE } from './page-mark-lines.js';

describe('PAGE_MARK_LINE', () => {
  it('takes lines that are only a page mark', () => {
    for (const line of ['12', '- 3 -', '2/10', 'Page 4', '第3页', '第 2 页 共 10 页', '第2页：政府工作报告'])
      expect(PAGE_MARK_LINE.test(line)).toBe(true);
  });
  it('leaves a line of text that begins with a page mark', () => {
    expect(PAGE_MARK_LINE.test('第3页目，完成投资80亿元，确保重大项目按期建成投产。新建学校2所。')).toBe(
      false,
    );
  });
});

describe('a page whose line breaks were lost, beginning with its page mark', () => {
  it('keeps its text', () => {
    const text =
      '第3页目，完成投资80亿元，确保重大项目按期建成投产。要稳定粮食播种面积，新建高标准农田2万亩。要稳妥处置地方债务风险。';
    const result = extractDocument(text, { meetingDate: '2031-01-20' });
    expect(result.tasks.length).toBeGreaterThan(0);
  });
});

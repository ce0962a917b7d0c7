import { describe, expect, it } from 'vitest';
import { findGluedPartSubsection } from './glued-part-subsections.js';
import { extractDocument } from './index.js';

const joined =
  '首页>范文>工作汇报关于2031年一季度工作情况的汇报二、下阶段工作打算（一）要抓实产业发展紧盯全年目标，力争二季度完成规上工业产值80亿元以上。（二）要抓牢安全稳定全面开展安全生产大排查大整治。（三）扎实推进民生实事9月底前建成城区停车场2个。';

describe('findGluedPartSubsection', () => {
  it('finds the （一） right after the part title', () => {
    const at = joined.indexOf('二、');
    expect(findGluedPartSubsection(joined, at, 2)).toBe(joined.indexOf('（一）'));
  });
  it('leaves a （一） after a sentence end, a colon, or beyond a title', () => {
    const said = '某区汇报二、下阶段工作打算。今后要抓好：（一）项目。';
    expect(findGluedPartSubsection(said, said.indexOf('二、'), 2)).toBeNull();
    const far = `某区汇报二、${'下阶段工作打算'.repeat(7)}（一）项目。`;
    expect(findGluedPartSubsection(far, far.indexOf('二、'), 2)).toBeNull();
  });
});

describe('a page whose title runs into its part and the part into （一）, the line breaks lost', () => {
  it('finds the part and its three subsections', () => {
    const titles = extractDocument(joined, { meetingDate: '2031-04-10' }).sections.map(
      (s) => `${s.level}:${s.number}:${s.title}`,
    );
    expect(titles[0]).toBe('1:二:下阶段工作打算');
    expect(titles[1]).toMatch(/^2:一:要抓实产业发展/);
    expect(titles.slice(2).map((t) => t.slice(0, 4))).toEqual(['2:二:', '2:三:']);
  });
});

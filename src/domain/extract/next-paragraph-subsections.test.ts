import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { withNextSubsection } from './next-paragraph-subsections.js';
import { opensTitledPagePart } from './titled-page-parts.js';

const page = [
  '我们决不辜负全省人民的期待。二、2031年工作安排今年是新规划的开局之年。全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业45万人以上。',
  '（一）着力扩大有效需求大力提振消费。开展促消费活动1000场以上。',
  '（二）加快建设现代化产业体系推动传统产业改造升级。实施技改项目1000个以上。',
].join('\n');
const crumb = [
  '当前位置：首页>范文大全>工作汇报关于2031年一季度工作情况的汇报二、下阶段工作打算',
  '（一）要抓实产业发展',
  '力争二季度完成规上工业产值80亿元以上。',
  '（二）要抓牢安全稳定',
  '全面开展安全生产大排查大整治。',
].join('\n');

describe('withNextSubsection', () => {
  it('appends the next paragraph’s opening （一）, nothing else', () => {
    expect(withNextSubsection('…工作安排', '（一）着力扩大有效需求')).toBe('…工作安排（一）');
    expect(withNextSubsection('…工作安排', '（二）加快建设')).toBe('…工作安排');
    expect(withNextSubsection('…工作安排', undefined)).toBe('…工作安排');
  });
});

describe('a glued part whose （一） opens the next paragraph', () => {
  it('is taken after a sentence end', () => {
    const titles = extractDocument(page, { meetingDate: '2031-01-20' }).sections.map(
      (s) => `${s.level}:${s.number}:${s.title}`,
    );
    expect(titles[0]).toMatch(/^1:二:2031年工作安排/);
    expect(titles.slice(1).map((t) => t.slice(0, 4))).toEqual(['2:一:', '2:二:']);
  });
  it('is taken after a breadcrumb and the page title', () => {
    const [line = '', next] = crumb.split('\n');
    expect(opensTitledPagePart(line, line.indexOf('二、'), 2)).toBe(false);
    expect(opensTitledPagePart(withNextSubsection(line, next), line.indexOf('二、'), 2)).toBe(true);
  });
});

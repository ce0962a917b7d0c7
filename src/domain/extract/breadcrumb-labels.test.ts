import { describe, expect, it } from 'vitest';
import { dropBreadcrumbLabel } from './breadcrumb-labels.js';
import { extractDocument } from './index.js';
import { opensTitledPagePart } from './titled-page-parts.js';

const joined =
  '当前位置：首页 > 范文大全 > 工作汇报关于2031年一季度工作情况的汇报二、下阶段工作打算（一）要抓实产业发展紧盯全年目标，力争二季度完成规上工业产值80亿元以上。（二）要抓牢安全稳定全面开展安全生产大排查大整治。（三）扎实推进民生实事9月底前建成城区停车场2个。';

describe('dropBreadcrumbLabel', () => {
  it('sets aside the label before a breadcrumb, nothing else', () => {
    expect(dropBreadcrumbLabel('您现在的位置：首页>工作计划某县工作要点')).toBe('首页>工作计划某县工作要点');
    expect(dropBreadcrumbLabel('会议指出：要抓好三件事')).toBe('会议指出：要抓好三件事');
  });
  it('lets the part after a labelled breadcrumb and the page title open', () => {
    expect(opensTitledPagePart(joined, joined.indexOf('二、'), 2)).toBe(true);
    const said = '会议指出：某区工作报告三、2032年工作安排（一）稳增长要抓投资。';
    expect(opensTitledPagePart(said, said.indexOf('三、'), 2)).toBe(false);
  });
});

describe('a labelled breadcrumb, the title, a part and its subsections, the line breaks lost', () => {
  it('finds the part and its three subsections', () => {
    const titles = extractDocument(joined, { meetingDate: '2031-04-10' }).sections.map(
      (s) => `${s.level}:${s.number}:${s.title}`,
    );
    expect(titles[0]).toBe('1:二:下阶段工作打算');
    expect(titles.slice(1).map((t) => t.slice(0, 4))).toEqual(['2:一:', '2:二:', '2:三:']);
  });
});

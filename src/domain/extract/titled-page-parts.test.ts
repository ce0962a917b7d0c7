import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensTitledPagePart } from './titled-page-parts.js';

const joined =
  '首页>范文>工作汇报某镇2031年上半年工作汇报二、下阶段工作重点下半年，我们将紧紧围绕全年目标，重点抓好以下工作。（一）加快项目建设全力推进重点项目，确保全年完成固定资产投资5亿元。（二）保障改善民生新建幼儿园2所，改造老旧小区10个。';

describe('opensTitledPagePart', () => {
  it('takes a part marker right after the page title when its first subsection follows', () => {
    expect(opensTitledPagePart(joined, joined.indexOf('二、'), 2)).toBe(true);
    const direct = '会议指出：某区工作报告三、2032年工作安排（一）稳增长要抓投资。';
    expect(opensTitledPagePart(direct, direct.indexOf('三、'), 2)).toBe(false); // a colon: no bare title
    const bare = '某区政府工作报告三、2032年工作安排（一）稳增长要抓投资。';
    expect(opensTitledPagePart(bare, bare.indexOf('三、'), 2)).toBe(true);
  });
  it('leaves a glued marker after a clause, without a （一）, or after another top-level marker', () => {
    const said = '会议强调，要抓好三件事二、抓好安全生产。（一）要落实。';
    expect(opensTitledPagePart(said, said.indexOf('二、'), 2)).toBe(false);
    const noSub = '某区工作汇报二、下阶段工作重点要抓好项目。三、抓好安全生产。';
    expect(opensTitledPagePart(noSub, noSub.indexOf('二、'), 2)).toBe(false);
    const later = '某区工作汇报二、下阶段工作重点要抓好项目。三、抓好安全。（一）要落实。';
    expect(opensTitledPagePart(later, later.indexOf('二、'), 2)).toBe(false);
  });
});

describe('a page whose breadcrumb and title run into its part heading, the line breaks lost', () => {
  it('finds the part and its subsections', () => {
    const result = extractDocument(joined, { meetingDate: '2031-07-10' });
    const titles = result.sections.map((s) => `${s.level}:${s.number}:${s.title}`);
    expect(titles[0]).toMatch(/^1:二:下阶段工作重点/);
    expect(titles.some((t) => t.startsWith('2:一:加快项目建设'))).toBe(true);
  });
});

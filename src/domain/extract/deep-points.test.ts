import { describe, expect, it } from 'vitest';
import { announcesCountedSet, pointsDivideSection } from './deep-points.js';
import { extractDocument } from './index.js';

const titles = (text: string) =>
  extractDocument(text, { meetingDate: '2025-12-20' }).sections.map((s) => `${s.level}${s.title}`);

describe('points inside a paragraph under a subsection (issue 19, fourth pass)', () => {
  it('一要…二要… right after a subsection title, with bodies: third-level subsections', () => {
    const text = [
      '一、抓好明年重点工作',
      '（一）抓好教育事业。一要扩充学位供给。学位是群众最关心的事。要新建幼儿园3所。二要提升办学质量。要实施名师工程。要开展集团化办学。',
    ].join('\n');
    expect(titles(text)).toEqual(['1抓好明年重点工作', '2抓好教育事业', '3扩充学位供给', '3提升办学质量']);
  });

  it('第一，…第二，… titled points in a pasted line with no breaks: third-level too', () => {
    const text =
      '今天召开会议，部署明年工作。一、明年重点工作（一）做强实体经济。第一，培育龙头企业。龙头企业是产业的支柱。要新增规上企业20家。第二，优化营商环境。要压缩审批时限。（二）做优城市功能。要改造老旧小区10个。';
    expect(titles(text)).toEqual([
      '1明年重点工作',
      '2做强实体经济',
      '3培育龙头企业',
      '3优化营商环境',
      '2做优城市功能',
    ]);
  });

  it('points after a lead-in of the paragraph stay the aspects it enumerates', () => {
    const text = [
      '一、抓好明年重点工作',
      '（一）抓好教育事业。教育是最大的民生，要下大力气补齐短板。一要扩充学位供给。学位是群众最关心的事。要新建幼儿园3所。二要提升办学质量。要实施名师工程。要开展集团化办学。',
    ].join('\n');
    expect(titles(text)).toEqual(['1抓好明年重点工作', '2抓好教育事业']);
  });

  it('points under a title that counts them (三个“着力”, 四大抓手) are the members of that set', () => {
    const text = [
      '一、抓好明年重点工作',
      '（一）要做到两个“着力”。一是着力扩大投资。投资是增长的引擎。要新开工项目30个。二是着力提振消费。要举办消费季活动。要培育夜间经济。',
    ].join('\n');
    expect(titles(text)).toEqual(['1抓好明年重点工作', '2要做到两个“着力”']);
    expect(announcesCountedSet('在具体工作中突出四大抓手')).toBe(true);
    expect(announcesCountedSet('抓好三项重点任务')).toBe(true);
    expect(announcesCountedSet('办好十件民生实事')).toBe(false);
    expect(pointsDivideSection('抓好教育事业', 0)).toBe(true);
    expect(pointsDivideSection('抓好教育事业', 12)).toBe(false);
  });
});

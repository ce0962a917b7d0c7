import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { findPartFirstSubsection } from './long-part-leads.js';

const outline =
  '规划纲要草案提出了今后五年的主要目标：地区生产总值年均增长5%左右，研发经费投入年均增长8%以上，森林覆盖率稳定在45%以上，城镇调查失业率控制在5.5%以内。';
const year =
  '2031年是新规划的开局之年。今年全省发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业45万人以上，粮食产量稳定在400亿斤以上，居民消费价格涨幅2%左右。';
const joined =
  '我们决不辜负全省人民的期待！二、“十六五”时期目标任务和2031年工作安排' +
  outline.repeat(12) +
  year.repeat(8) +
  '（一）着力扩大有效需求，推动经济回升向好大力提振消费。开展促消费活动1000场以上。（二）加快建设现代化产业体系推动传统产业改造升级。实施技改项目1000个以上。';

describe('findPartFirstSubsection', () => {
  it('finds a （一） after a long lead that holds nothing numbered', () => {
    const after = joined.slice(joined.indexOf('二、') + 2);
    expect(after.indexOf('（一）')).toBeGreaterThan(1200);
    expect(findPartFirstSubsection(after)).toBe(after.indexOf('（一）'));
  });
  it('leaves a far （一） when the lead holds other numbers or it follows no sentence end', () => {
    const listed =
      '工作安排' + outline.repeat(16) + '主要包括：1.稳增长。' + year.repeat(4) + '（一）抓项目。';
    expect(findPartFirstSubsection(listed)).toBe(-1);
    const inSentence = '工作安排' + outline.repeat(18) + '重点是（一）抓项目。';
    expect(findPartFirstSubsection(inSentence)).toBe(-1);
  });
});

describe('a provincial plan part with a long lead, its line breaks lost', () => {
  it('keeps the part above its subsections', () => {
    const titles = extractDocument(joined, { meetingDate: '2031-01-20' }).sections.map(
      (s) => `${s.level}:${s.number}:${s.title}`,
    );
    expect(titles[0]).toMatch(/^1:二:“十六五”时期目标任务和2031年工作安排/);
    expect(titles.some((t) => /^2:一:着力扩大有效需求/.test(t))).toBe(true);
    expect(titles.some((t) => /^2:二:加快建设/.test(t))).toBe(true);
  });
});

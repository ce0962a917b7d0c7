import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { partStackCut } from './part-parents.js';

describe('a part never nests under a point or a subsection (issue 19, fifteenth pass)', () => {
  it('closes the deeper headings open before a part marker', () => {
    expect(partStackCut([{ style: 'ordinal' }], 'cn')).toBe(0);
    expect(partStackCut([{ style: 'part' }, { style: 'paren-cn' }], 'cn')).toBe(1);
    expect(partStackCut([{ style: 'cn' }], 'cn')).toBeNull();
    expect(partStackCut([{ style: 'ordinal' }], 'paren-cn')).toBeNull();
  });

  it("puts the plan part beside the excerpt's opening point, not under it", () => {
    const text = [
      '四是聚力筑牢安全底线。健全风险防控体系，提升应急处置能力。完善基层治理体系。',
      '三、2031年工作安排',
      '今年是“十六五”开局之年。重点做好以下工作：',
      '（一）着力扩大有效需求，增强发展动力。坚持扩大内需。',
      '提振消费。举办消费季活动20场。',
      '（二）着力发展特色产业，加快转型升级。坚持创新驱动。',
      '培育新兴产业。新增高新技术企业30家。',
    ].join('\n');
    const sections = extractDocument(text, { meetingDate: '2031-02-01' }).sections;
    const part = sections.find((s) => s.title === '2031年工作安排');
    expect(part?.level).toBe(1);
    expect(sections.filter((s) => s.parentId === part?.id)).toHaveLength(2);
  });
});

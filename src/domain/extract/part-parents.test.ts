import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { partStackCut } from './part-parents.js';

const excerpt = [
  '（三）在改善人居环境上持续用力。整治背街小巷，完善社区服务设施。',
  '（四）在守牢安全底线上持续用力。压实安全生产责任，健全应急预案体系。',
  '二、2032年工作安排',
  '今年是规划的第二年。主要预期目标是：全镇生产总值增长6%左右。',
  '（一）壮大特色产业。新建冷链仓储中心2个，培育农业龙头企业5家。',
  '（二）提升公共服务。新增托育位200个，改造乡村卫生室8个。',
].join('\n');

function tree(text: string): string[] {
  const { sections } = extractDocument(text, { meetingDate: '2032-01-15' });
  const byId = new Map(sections.map((s) => [s.id, s]));
  return sections.map(
    (s) => `${s.level}:${s.number}<${s.parentId === null ? '' : (byId.get(s.parentId)?.number ?? '?')}`,
  );
}

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

// Found by the sixteenth pass at the same time (its excerpt-part-rank.ts, merged into this rule).
describe('an excerpt cut inside a part, across the next part title', () => {
  it('puts the part at the top and its （一）（二） under it', () => {
    expect(tree(excerpt)).toEqual(['1:三<', '1:四<', '1:二<', '2:一<二', '2:二<二']);
  });
  it('keeps the subsections of the new part planning: their measures are drafted', () => {
    const { tasks } = extractDocument(excerpt, { meetingDate: '2032-01-15' });
    const texts = tasks.map((t) => t.text);
    expect(texts.some((t) => t.startsWith('新建冷链仓储中心2个'))).toBe(true);
    expect(texts.some((t) => t.startsWith('新增托育位200个'))).toBe(true);
  });
  it('holds with a longer lead, a third opening subsection and the line breaks lost', () => {
    const longer = excerpt.replace(
      '二、2032年工作安排',
      '（五）在提升治理效能上持续用力。推进网格化管理，办好民生实事。\n二、2032年工作安排',
    );
    expect(tree(longer)).toEqual(['1:三<', '1:四<', '1:五<', '1:二<', '2:一<二', '2:二<二']);
    expect(tree(longer.split('\n').join('')).slice(-3)).toEqual(['1:二<', '2:一<二', '2:二<二']);
  });
  it('puts the part at the top when the document opens with （一） too (a part never nests under a subsection)', () => {
    const own = excerpt.replace('（三）', '（一）').replace('（四）', '（二）');
    expect(tree(own).slice(0, 3)).toEqual(['1:一<', '1:二<', '1:二<']);
  });
});

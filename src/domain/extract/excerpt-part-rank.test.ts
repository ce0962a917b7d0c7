import { describe, expect, it } from 'vitest';
import { closesOpeningSubsections } from './excerpt-part-rank.js';
import { extractDocument } from './index.js';

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

describe('closesOpeningSubsections', () => {
  it('lets a part close the subsections an excerpt opened with', () => {
    expect(closesOpeningSubsections({ style: 'paren-cn', number: '三' }, 'paren-cn', 'cn')).toBe(true);
    expect(closesOpeningSubsections({ style: 'arabic', number: '4' }, 'arabic', 'part')).toBe(true);
  });
  it('leaves a document that opens with the first subsection, a part, or a lower style', () => {
    expect(closesOpeningSubsections({ style: 'paren-cn', number: '一' }, 'paren-cn', 'cn')).toBe(false);
    expect(closesOpeningSubsections({ style: 'cn', number: '三' }, 'cn', 'paren-cn')).toBe(false);
    expect(closesOpeningSubsections({ style: 'paren-cn', number: '三' }, 'paren-cn', 'arabic')).toBe(false);
    expect(closesOpeningSubsections({ style: 'paren-cn', number: '三' }, 'cn', 'cn')).toBe(false);
    expect(closesOpeningSubsections(undefined, undefined, 'cn')).toBe(false);
  });
});

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
  it('nests as before when the document opens with （一）', () => {
    const own = excerpt.replace('（三）', '（一）').replace('（四）', '（二）');
    expect(tree(own).slice(0, 3)).toEqual(['1:一<', '1:二<', '2:二<二']);
  });
});

import { describe, expect, it } from 'vitest';
import { opensExcerptSubsections } from './excerpt-subsections.js';
import { extractDocument } from './index.js';

const joined =
  '目，完成投资80亿元，确保重大项目按期建成投产。（三）持续保障和改善民生新增学位1000个，新建养老服务中心2个。（四）扎实推进乡村全面振兴稳定粮食播种面积，新建高标准农田2万亩。（五）着力防范化解风险稳妥处置地方债务风险。';

describe('opensExcerptSubsections', () => {
  it('takes the first （N） of a run in order after sentence ends', () => {
    expect(opensExcerptSubsections(joined, joined.indexOf('（三）'), 3, 3)).toBe(true);
    const ten = '…投产。（十）做好安全生产要压实责任。（十一）做好防汛要落实预案。';
    expect(opensExcerptSubsections(ten, ten.indexOf('（十）'), 3, 10)).toBe(true);
  });
  it('leaves a lone （N）, one out of order or after a colon or a semicolon', () => {
    const lone = '…投产。（三）持续保障和改善民生新增学位1000个。';
    expect(opensExcerptSubsections(lone, lone.indexOf('（三）'), 3, 3)).toBe(false);
    const skip = '…投产。（三）持续保障和改善民生新增学位。（五）着力防范化解风险。';
    expect(opensExcerptSubsections(skip, skip.indexOf('（三）'), 3, 3)).toBe(false);
    const listed = '主要包括：（二）交通项目；（三）水利项目。';
    expect(opensExcerptSubsections(listed, listed.indexOf('（二）'), 3, 2)).toBe(false);
  });
});

describe('an excerpt that begins inside a part, its line breaks lost', () => {
  it('finds its subsections', () => {
    const result = extractDocument(joined, { meetingDate: '2031-01-20' });
    const titles = result.sections.map((s) => `${s.number}:${s.title}`);
    expect(titles.map((t) => t.slice(0, 6))).toEqual(['三:持续保障', '四:扎实推进', '五:着力防范']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensTopic } from './topic-openers.js';

describe("a report's measure opened by its topic (issue 19, tenth pass)", () => {
  it('knows a topic that ends in 方面 and a comma', () => {
    expect(opensTopic('山地果园提质增效方面，推广矮化密植技术。')).toBe(true);
    expect(opensTopic('在生态保护方面，我们做了大量工作。')).toBe(false);
    expect(opensTopic('各方面，都要支持。')).toBe(false);
    expect(opensTopic('推广矮化密植技术，兼顾各方面需求。')).toBe(false);
  });

  it("splits a report's item at each topic", () => {
    const text = [
      '一、2031年重点工作',
      '（一）做强特色农业',
      '山地果园提质增效方面，推广矮化密植技术，新建标准化果园2万亩。冷链仓储建设方面，新建产地冷库30座，完善县级冷链集配中心。品牌营销方面，举办高山水果采摘节，培育区域公用品牌。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));
    expect(tasks).toEqual(['山地果园', '冷链仓储', '品牌营销']);
  });
});

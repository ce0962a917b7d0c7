import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensPlanVerb } from './plan-verbs.js';

describe("more verbs that open a report's measure (issue 19, fifteenth pass)", () => {
  it('knows the verbs', () => {
    expect(opensPlanVerb('拆除危旧房屋。')).toBe(true);
    expect(opensPlanVerb('发布一批地方标准。')).toBe(true);
    expect(opensPlanVerb('旧房屋拆除完毕。')).toBe(false);
  });

  it('splits a paragraph at each of them', () => {
    const text = [
      '一、2031年重点工作',
      '（一）提升城市品质',
      '实施老旧小区改造，完善配套设施。拆除违法建筑，整治背街小巷环境。发布一批城市更新标准。新开公交线路，优化站点布局。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));
    expect(tasks).toEqual(['实施老旧', '拆除违法', '发布一批', '新开公交']);
  });
});

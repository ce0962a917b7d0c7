import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { namesProjectCapacity } from './project-capacities.js';

const targetsOf = (body: string) =>
  extractDocument(['一、2031年重点工作', body].join('\n'), { meetingDate: '2031-02-10' }).tasks.flatMap(
    (t) => t.targets,
  );

describe("the capacity in a project's name (issue 19, fifteenth pass)", () => {
  it('knows a capacity whose noun runs into 项目', () => {
    expect(namesProjectCapacity('万吨', '甲醇等项目投产')).toBe(true);
    expect(namesProjectCapacity('万千瓦', '风电项目')).toBe(true);
    expect(namesProjectCapacity('万千瓦', '')).toBe(false);
    expect(namesProjectCapacity('个', '重点项目')).toBe(false);
  });

  it('drafts no target from a named project and keeps a planned capacity', () => {
    const targets = targetsOf(
      '推动北湖化工30万吨甲醇等项目释放产能，抓好东山年产20万吨饲料项目建设。新增风电装机200万千瓦。',
    );
    expect(targets.map((t) => t.raw)).toEqual(['200万千瓦']);
  });
});

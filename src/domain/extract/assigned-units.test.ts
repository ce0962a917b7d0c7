import { describe, expect, it } from 'vitest';
import { assignsResponsibility } from './assigned-units.js';
import { extractDocument } from './index.js';

describe('a line that names who answers for it plans (issue 19, eighth pass)', () => {
  it('责任单位为…, 牵头单位：…, 由…牵头 assign work; an account of who did it does not', () => {
    expect(assignsResponsibility('城镇新增就业5000人，责任单位为县人社局。')).toBe(true);
    expect(assignsResponsibility('新建停车位800个（牵头单位：区住建局）')).toBe(true);
    expect(assignsResponsibility('由区财政局牵头，设立产业引导基金2亿元。')).toBe(true);
    expect(assignsResponsibility('区人社局组织招聘会12场，帮助2000人就业。')).toBe(false);
  });

  it('a list of indicators with their units drafts a task and a target per line', () => {
    const text = [
      '二、年度指标分解',
      '城镇新增就业：5000人，责任单位为县人社局；',
      '新建停车位：800个，责任单位为县住建局；',
      '农村卫生厕所改造：1200户，责任单位为县农业农村局。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2025-03-01' });
    expect(result.tasks).toHaveLength(3);
    expect(result.tasks.flatMap((t) => t.targets.map((x) => `${x.value}${x.unit}`))).toEqual([
      '5000人',
      '800个',
      '1200户',
    ]);
  });
});

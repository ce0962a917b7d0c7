import { describe, expect, it } from 'vitest';
import { durationTargetUnit } from './durations.js';
import { extractDocument } from './index.js';

const targetsOf = (text: string) =>
  extractDocument(text, { meetingDate: '2026-12-20' })
    .tasks.flatMap((t) => t.targets)
    .map((t) => `${t.value}${t.unit}${t.comparator}`);

describe('time limits that are targets (issue 19, fourth pass)', () => {
  it('a duration cut down to a number of days or working days is a target', () => {
    expect(durationTargetUnit('时间压缩至', '天')).toBe('天');
    expect(durationTargetUnit('时限缩短到', '个工作日')).toBe('个工作日');
    expect(durationTargetUnit('用', '年')).toBe('');
    expect(durationTargetUnit('压缩至', '月')).toBe('');
    expect(
      targetsOf('一、明年工作\n要深化改革，企业开办时间压缩至1天以内，工程审批时限缩短到30个工作日。'),
    ).toEqual(['1天<=', '30个工作日=']);
  });

  it('other numbers of time units stay periods and dates', () => {
    expect(targetsOf('一、明年工作\n要用3年时间完成改造，6月底前建成医院，每天巡查2小时。')).toEqual([]);
  });
});

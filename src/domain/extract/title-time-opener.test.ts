import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { timeOpenerTitleLength } from './title-time-opener.js';

describe('a heading title run on into a body that opens with a time word (issue 19, sixth pass)', () => {
  it('the title ends before 上半年，/ 明年，/ 2025年，', () => {
    expect(timeOpenerTitleLength('正确看待上半年形势上半年，全镇完成工业投资')).toBe(9);
    expect(timeOpenerTitleLength('明确明年工作思路明年，全区要')).toBe(8);
    expect(timeOpenerTitleLength('上半年，全镇完成')).toBeNull();
    expect(timeOpenerTitleLength('正确看待上半年形势')).toBeNull();
  });

  it('the joined heading keeps its own title, and the figure after the time word stays out of it', () => {
    const text =
      '一、正确看待上半年形势上半年，全镇完成工业投资5.2亿元，完成全年目标任务的48%。二、抓好下半年工作要全力冲刺，全年新增规上企业8家。';
    const { sections } = extractDocument(text, { meetingDate: '2025-07-25' });
    expect(sections[0]?.title).toBe('正确看待上半年形势');
  });
});

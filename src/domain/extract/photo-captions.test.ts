import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { stripPhotoCaptions } from './photo-captions.js';

const mapped = (text: string) => ({ text, map: [...text].map((_, i) => i) });

describe('a photo caption in brackets is page furniture (issue 19, eighth pass)', () => {
  it('is cut out wherever it stands; other brackets stay', () => {
    expect(stripPhotoCaptions(mapped('（会议现场 王明摄）今天上午，大会开幕。')).text).toBe(
      '今天上午，大会开幕。',
    );
    expect(stripPhotoCaptions(mapped('（县长作《政府工作报告》李华 摄）')).text).toBe('');
    expect(stripPhotoCaptions(mapped('新建学校（含幼儿园）3所。')).text).toBe('新建学校（含幼儿园）3所。');
  });

  it('a caption between two sentences of a joined copy does not hold the next directive back', () => {
    const text =
      '今年主要预期目标是地区生产总值增长6%左右。（县长作《政府工作报告》李华摄）县长强调，要坚决守住安全底线。';
    const tasks = extractDocument(text, { meetingDate: '2025-01-20' }).tasks.map((t) => t.text);
    expect(tasks).toEqual(['今年主要预期目标是地区生产总值增长6%左右。', '县长强调，要坚决守住安全底线。']);
  });
});

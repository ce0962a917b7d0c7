import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensParenPoint } from './paren-points.js';

describe('opensParenPoint', () => {
  it('takes a point after a sentence end or a title', () => {
    const text = '（二）美化村容村貌（1）整治河塘。清淤河塘9口。（2）绿化村道。栽种行道树500株。';
    expect(opensParenPoint(text, text.indexOf('（1）'))).toBe(true);
    expect(opensParenPoint(text, text.indexOf('（2）'))).toBe(true);
  });
  it('leaves points that enumerate after a colon or a ；', () => {
    const text = '今年抓三件事：（1）修渠；（2）植树；（3）护林。';
    expect(opensParenPoint(text, text.indexOf('（1）'))).toBe(false);
    expect(opensParenPoint(text, text.indexOf('（2）'))).toBe(false);
    const lead = '今年抓三件事。（1）修渠；（2）植树；（3）护林。';
    expect(opensParenPoint(lead, lead.indexOf('（1）'))).toBe(false);
  });
});

describe('（1） points whose line breaks were lost', () => {
  it('finds them under their subsection', () => {
    const joined =
      '一、2031年重点任务（一）壮大特色产业1.扩大茶园面积。新增茶园2000亩。（二）美化村容村貌（1）整治河塘。清淤河塘9口。（2）绿化村道。栽种行道树500株。';
    const sections = extractDocument(joined, { meetingDate: '2031-02-10' }).sections;
    const titles = sections.map((s) => `${s.number}:${s.title}`);
    expect(titles).toContain('1:整治河塘');
    expect(titles).toContain('2:绿化村道');
    expect(titles.some((t) => t.startsWith('二:美化村容村貌（'))).toBe(false);
  });
  it('leaves an enumeration inside a paragraph as it is', () => {
    const joined = '一、2031年重点任务今年抓三件事：（1）修渠；（2）植树；（3）护林。各村要抓紧落实。';
    const numbers = extractDocument(joined, { meetingDate: '2031-02-10' }).sections.map((s) => s.number);
    expect(numbers).toEqual(['一']);
  });
});

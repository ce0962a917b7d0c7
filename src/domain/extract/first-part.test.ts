import { describe, expect, it } from 'vitest';
import { opensFirstPart } from './first-part.js';
import { extractDocument } from './index.js';

const joined =
  '让我们携手并进，共创美好未来！四、2031年重点任务今年是规划实施的关键一年，我们要稳中求进。主要预期目标是：全镇生产总值增长6%左右。（一）做强特色农业推动果蔬加工提质。新建冷库12座。（二）提升集镇品质改造老旧街巷3条。';

describe('opensFirstPart', () => {
  it('takes the first part marker of an excerpt when its first subsection follows', () => {
    const at = joined.indexOf('四、');
    expect(opensFirstPart(joined, at, 2)).toBe(true);
  });
  it('leaves a marker with no （一） after it, or one cut short by a sentence end', () => {
    const text = '今年要抓好三件事。三、抓好安全生产。四、抓好森林防火。';
    expect(opensFirstPart(text, text.indexOf('三、'), 2)).toBe(false);
    const short = '会议结束。三、好。（一）要落实。';
    expect(opensFirstPart(short, short.indexOf('三、'), 2)).toBe(false);
  });
});

describe('an excerpt that begins inside a report, its line breaks lost', () => {
  it('finds the part heading before its subsections', () => {
    const result = extractDocument(joined, { meetingDate: '2031-02-10' });
    const titles = result.sections.map((s) => `${s.number}:${s.title}`);
    expect(titles[0]).toMatch(/^四:2031年重点任务/);
    expect(titles.some((t) => t.startsWith('一:做强特色农业'))).toBe(true);
  });
});

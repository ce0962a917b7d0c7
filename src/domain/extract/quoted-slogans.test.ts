import { describe, expect, it } from 'vitest';
import { withoutQuotedSlogans } from './quoted-slogans.js';
import { classifyText } from './section-kind.js';

describe('plan words inside a quoted slogan (issue 19, fifth pass)', () => {
  it('are blanked for the count of plan words', () => {
    expect(withoutQuotedSlogans('落实“干部要干”要求')).toBe('落实“····”要求');
  });

  it('a review sentence that cites a slogan stays a review', () => {
    expect(
      classifyText(
        '过去一年，全区上下坚决落实“干部要干、思路要清、律己要严”工作要求，抢抓机遇，圆满完成了各项任务。',
      ),
    ).toBe('review');
    // The directive outside the quotation still counts.
    expect(classifyText('全区上下要落实“干部要干”要求。')).toBe('plan');
  });
});

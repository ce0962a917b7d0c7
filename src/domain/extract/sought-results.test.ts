import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { classifyText } from './section-kind.js';
import { withoutSoughtResults } from './sought-results.js';

describe('withoutSoughtResults', () => {
  it('masks results sought with a floor or an estimate', () => {
    expect(withoutSoughtResults('取得标志性成果30项以上')).not.toContain('取得');
    expect(withoutSoughtResults('力争取得创新成果5个左右')).not.toContain('取得');
  });
  it('keeps results won: an exact count, 了, or no figure', () => {
    expect(withoutSoughtResults('取得重大成果12项')).toContain('取得');
    expect(withoutSoughtResults('取得显著成效')).toContain('取得');
  });
  it('turns such a measure from review to plan', () => {
    expect(classifyText('深化院地合作，取得标志性成果30项以上。')).not.toBe('review');
    expect(classifyText('深化院地合作，取得标志性成果30项。')).toBe('review');
  });
});

describe('a plan measure that ends in results sought', () => {
  const lead = '二、2031年重点工作\n（一）增强创新能力\n';
  for (const [i, before] of ['', '建设科创走廊，新建孵化器3家。', '实施攻关计划。推进成果转化。'].entries()) {
    it(`drafts it with its targets (offset ${String(i)})`, () => {
      const text = `${lead}${before}深化院地合作，部署攻关项目50项以上，取得标志性成果30项以上。完善人才政策。`;
      const task = extractDocument(text, { meetingDate: '2031-01-20' }).tasks.find((t) =>
        t.text.startsWith('深化院地合作'),
      );
      expect(task?.targets.map((t) => `${String(t.value)}${t.unit}`)).toEqual(['50项', '30项']);
    });
  }
});

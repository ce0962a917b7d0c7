import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { afterIndustry } from './industry-openers.js';

describe('a measure opened by its industry (issue 19, fifteenth pass)', () => {
  it('reads past a short industry name', () => {
    expect(afterIndustry('纺织产业加快向高端化迈进。')).toBe('加快向高端化迈进。');
    expect(afterIndustry('纺织产业的产值增长较快。')).toBeNull();
    expect(afterIndustry('纺织产业集群加快发展。')).toBeNull();
    expect(afterIndustry('纺织产业是传统优势。')).toBeNull();
  });

  it("splits a report's paragraph at each industry", () => {
    const text = [
      '一、2031年重点工作',
      '（一）壮大特色产业',
      '纺织产业加快向高端化迈进，建设印染集中区。家具产业突出定制设计，培育本地品牌。茶叶产业深化品牌营销，拓展线上渠道。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));
    expect(tasks).toEqual(['纺织产业', '家具产业', '茶叶产业']);
  });
});

import { describe, expect, it } from 'vitest';
import { bulletTitle, holdsBullets, markBulletTitles, splitBulletItems } from './bullets.js';
import { extractDocument } from './index.js';

const mapped = (text: string) => ({ text, map: [...text].map((_, i) => i) });

describe('bulleted summaries: ■ part titles and ● items', () => {
  it('a paragraph holding several bullets is split at each; ○ in a year and □ are no bullets', () => {
    expect(splitBulletItems(mapped('导读◆新开工项目50个◆新增就业1万人')).map((p) => p.text)).toEqual([
      '导读',
      '◆新开工项目50个',
      '◆新增就业1万人',
    ]);
    expect(splitBulletItems(mapped('二○二六年□□镇要建成2所学校')).length).toBe(1);
  });

  it('the glyph that heads the others marks titles; the items lose their glyph', () => {
    const out = markBulletTitles(
      ['★去年亮点', '●建成学校3所', '●新增绿地20公顷', '★今年目标', '●新增就业1.5万人'].map(mapped),
    ).map((p) => p.text);
    expect(out).toEqual(['★去年亮点', '建成学校3所', '新增绿地20公顷', '★今年目标', '新增就业1.5万人']);
    expect(bulletTitle('★今年目标')).toBe('今年目标');
    // One glyph only: every bullet is an item.
    expect(markBulletTitles(['●甲项工作', '●乙项工作'].map(mapped)).map((p) => p.text)).toEqual([
      '甲项工作',
      '乙项工作',
    ]);
    expect(holdsBullets('某县政府工作报告导读★去年亮点')).toBe(true);
  });

  it('a digest drafts one task per target line under its target part, none under its review part', () => {
    const lines = [
      '某区政府工作报告导读',
      '■ 2025年亮点',
      '●预计地区生产总值增长5%左右',
      '●新增市场主体1.2万户',
      '■ 2026年主要目标',
      '●地区生产总值增长5.5%左右',
      '●新增城镇就业1.8万人以上',
    ];
    for (const text of [lines.join('\n'), lines.join('')]) {
      const result = extractDocument(text, { meetingDate: '2026-01-12' });
      expect(result.sections.map((s) => [s.title, s.kind])).toEqual([
        ['2025年亮点', 'review'],
        ['2026年主要目标', 'plan'],
      ]);
      expect(result.tasks.map((t) => t.text)).toEqual([
        '地区生产总值增长5.5%左右',
        '新增城镇就业1.8万人以上',
      ]);
      expect(result.tasks.flatMap((t) => t.targets.map((x) => x.raw))).toEqual(['5.5%左右', '1.8万人以上']);
    }
  });
});
